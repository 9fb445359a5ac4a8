"""
Copy every image into the new image model, keeping its id.

Keeping ids means nothing that points at an image changes: foreign keys are
re-pointed by the next migrations, and image blocks in StreamFields store only
the id. Tags, search entries, usage references and the images' history follow
them to the new content type. Renditions are not copied (they are remade on
first use), and the old rows stay where they were, so nothing is lost. Its own
transaction, so the copy is committed before foreign keys are altered.
"""

from django.core.management.color import no_style
from django.db import migrations

# (app label, model, content type fields) of the rows that name an image by content type.
CONTENT_TYPE_USERS = [
    ("taggit", "TaggedItem", ["content_type"]),
    ("wagtailsearch", "IndexEntry", ["content_type"]),
    ("wagtailcore", "ReferenceIndex", ["content_type", "base_content_type", "to_content_type"]),
    ("wagtailcore", "ModelLogEntry", ["content_type"]),
]


def copy_images(apps, schema_editor):
    old_model = apps.get_model("wagtailimages", "Image")
    new_model = apps.get_model("firm_site", "CustomImage")
    # Keep each image's upload time rather than stamping it with today's.
    new_model._meta.get_field("created_at").auto_now_add = False
    columns = [field.attname for field in old_model._meta.concrete_fields]
    new_model.objects.bulk_create(
        (
            new_model(**{column: getattr(image, column) for column in columns})
            for image in old_model.objects.order_by("pk").iterator()
        ),
        batch_size=500,
    )
    # The next image uploaded gets the next id, not one already taken.
    for statement in schema_editor.connection.ops.sequence_reset_sql(no_style(), [new_model]):
        schema_editor.execute(statement)

    content_types = apps.get_model("contenttypes", "ContentType")
    old_type = content_types.objects.filter(app_label="wagtailimages", model="image").first()
    if old_type is None:
        return
    new_type, _ = content_types.objects.get_or_create(app_label="firm_site", model="customimage")
    for app_label, model_name, fields in CONTENT_TYPE_USERS:
        model = apps.get_model(app_label, model_name)
        for field in fields:
            model.objects.filter(**{field: old_type}).update(**{field: new_type})


def remove_copies(apps, schema_editor):
    apps.get_model("firm_site", "CustomImage").objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ("firm_site", "0006_custom_image"),
        ("wagtailimages", "0027_image_description"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(copy_images, remove_copies)]
