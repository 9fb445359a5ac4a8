"""The intake address and response target now live in Contact's own setting
(copied across by contact 0006 before they are removed here)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("firm_site", "0010_search_index_title_body_gin"),
        ("contact", "0006_own_areas_settings_and_encrypted_fields"),
    ]

    operations = [
        migrations.RemoveField(model_name="firmsettings", name="enquiry_intake_email"),
        migrations.RemoveField(model_name="firmsettings", name="response_target_working_days"),
    ]
