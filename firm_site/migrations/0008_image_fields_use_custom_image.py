"""Point the site's own image fields at the new image model (same ids as before)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("firm_site", "0007_copy_images"),
    ]

    operations = [
        migrations.AlterField(
            model_name='firmsettings',
            name='logo',
            field=models.ForeignKey(blank=True, help_text="The firm's logo as search engines show it (at least 112 pixels square)", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='firm_site.customimage'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media, cropped to 1200×630; its description is the alt text. Articles use their teaser image if this is empty.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='firm_site.customimage'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media, cropped to 1200×630; its description is the alt text. Articles use their teaser image if this is empty.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='firm_site.customimage'),
        ),
    ]
