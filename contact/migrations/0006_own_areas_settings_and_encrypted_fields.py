"""Contact's own areas of law and settings; corrections; the page an enquirer came
from and the area of law encrypted at rest; a random id for the admin's links.

Existing enquiries keep their area of law by name (an area is created for each
name in use), and the intake address and response target move across from
the firm's details.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models

import firm_site.base.crypto
from firm_site.base import crypto

ENCRYPTED = ["area_of_law_name", "source_path"]


def copy_areas_and_settings(apps, schema_editor):
    Enquiry = apps.get_model("contact", "Enquiry")
    AreaOfLaw = apps.get_model("contact", "AreaOfLaw")
    FirmSettings = apps.get_model("firm_site", "FirmSettings")
    ContactSettings = apps.get_model("contact", "ContactSettings")
    names = set(Enquiry.objects.values_list("area_of_law_name", flat=True))
    for name in sorted(names - {"", "Other / not sure"}):
        AreaOfLaw.objects.get_or_create(name=name[:120])
    for firm in FirmSettings.objects.all():
        ContactSettings.objects.get_or_create(
            site_id=firm.site_id,
            defaults={
                "intake_email": firm.enquiry_intake_email,
                "response_target_working_days": firm.response_target_working_days,
            },
        )


def fill_ids(apps, schema_editor):
    Enquiry = apps.get_model("contact", "Enquiry")
    for enquiry in Enquiry.objects.only("pk", "submission_key", "content_fingerprint"):
        Enquiry.objects.filter(pk=enquiry.pk).update(
            public_id=uuid.uuid4(),
            # Stored before digests: unique per row, as each row was its own form.
            submission_digest=f"legacy-{enquiry.pk}",
        )


def encrypt_plain(apps, schema_editor):
    Enquiry = apps.get_model("contact", "Enquiry")
    for row in Enquiry.objects.values("pk", *ENCRYPTED):
        Enquiry.objects.filter(pk=row["pk"]).update(
            **{name: crypto.encrypt(row[name] or "") for name in ENCRYPTED}
        )


def decrypt_to_plain(apps, schema_editor):
    Enquiry = apps.get_model("contact", "Enquiry")
    for row in Enquiry.objects.values("pk", *ENCRYPTED):
        Enquiry.objects.filter(pk=row["pk"]).update(
            **{name: crypto.decrypt(row[name])[:255] if row[name] else "" for name in ENCRYPTED}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0005_image_fields_use_custom_image"),
        ("people", "0003_image_fields_use_custom_image"),
        ("firm_site", "0008_image_fields_use_custom_image"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="AreaOfLaw",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=120, unique=True)),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first on the form"),
                ),
                (
                    "department",
                    models.ForeignKey(
                        blank=True,
                        help_text="The department whose people handle these enquiries, if one does",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="people.department",
                    ),
                ),
            ],
            options={"verbose_name_plural": "areas of law", "ordering": ["sort_order", "name"]},
        ),
        migrations.CreateModel(
            name="ContactSettings",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "intake_email",
                    models.EmailField(
                        blank=True,
                        help_text="Where new-enquiry notifications go (they never contain what the enquirer wrote). Empty: the ENQUIRY_INTAKE_EMAIL setting.",
                        max_length=254,
                    ),
                ),
                (
                    "response_target_working_days",
                    models.PositiveSmallIntegerField(
                        default=2, help_text="How soon the firm aims to answer an enquiry, in working days"
                    ),
                ),
                (
                    "site",
                    models.OneToOneField(
                        editable=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        to="wagtailcore.site",
                    ),
                ),
            ],
            options={"verbose_name": "Enquiry settings"},
        ),
        migrations.RunPython(copy_areas_and_settings, migrations.RunPython.noop),
        migrations.RemoveField(model_name="enquiry", name="area_of_law"),
        migrations.AddField(
            model_name="enquiry",
            name="corrects",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                help_text="The earlier enquiry, sent from the same form, that this one corrects",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="corrections",
                to="contact.enquiry",
            ),
        ),
        migrations.AddField(
            model_name="enquiry",
            name="say_firm_name_ok",
            field=models.BooleanField(null=True, verbose_name="may say who we are when calling"),
        ),
        migrations.AddField(
            model_name="enquiry",
            name="text_ok",
            field=models.BooleanField(null=True, verbose_name="safe to send a text"),
        ),
        migrations.AlterField(
            model_name="enquiry",
            name="submission_key",
            field=models.CharField(db_index=True, editable=False, max_length=64),
        ),
        # A random id and a digest for each existing row, then the unique constraints.
        migrations.AddField(
            model_name="enquiry",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="enquiry",
            name="submission_digest",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(fill_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="enquiry",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AlterField(
            model_name="enquiry",
            name="submission_digest",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
        # Plain text columns first, encrypted in place, then marked as encrypted.
        migrations.AlterField(
            model_name="enquiry",
            name="area_of_law_name",
            field=models.TextField(),
        ),
        migrations.AlterField(
            model_name="enquiry",
            name="source_path",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(encrypt_plain, decrypt_to_plain),
        migrations.AlterField(
            model_name="enquiry",
            name="area_of_law_name",
            field=firm_site.base.crypto.EncryptedTextField(verbose_name="area of law"),
        ),
        migrations.AlterField(
            model_name="enquiry",
            name="source_path",
            field=firm_site.base.crypto.EncryptedTextField(blank=True, verbose_name="came from"),
        ),
        migrations.AlterField(
            model_name="enquiry",
            name="email",
            field=firm_site.base.crypto.EncryptedTextField(blank=True),
        ),
    ]
