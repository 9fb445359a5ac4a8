"""Render form fields so that hints and errors are tied to their inputs for screen readers."""

from django import template

register = template.Library()


@register.simple_tag
def field_input(field, **attrs):
    """The field's widget with `aria-describedby` pointing at its hint and error
    message, and `aria-invalid` when it has an error."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)
