"""
`manage.py rotate_enquiry_keys`: re-encrypt every stored enquiry field with
the first key in ENQUIRY_ENCRYPTION_KEYS.

To rotate: put the new key first in ENQUIRY_ENCRYPTION_KEYS, keeping the old
one after it; deploy; run this command; then remove the old key.
"""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from contact.models import Enquiry, EnquiryNote
from firm_site.base.crypto import EncryptedTextField, rotate

ROTATED_MODELS = [Enquiry, EnquiryNote]


class Command(BaseCommand):
    help = "Re-encrypt stored enquiry fields with the current (first) encryption key."

    def handle(self, *args, **options):
        quote = connection.ops.quote_name
        total = 0
        for model in ROTATED_MODELS:
            columns = [
                quote(field.column)
                for field in model._meta.fields
                if isinstance(field, EncryptedTextField)
            ]
            table = quote(model._meta.db_table)
            # Tokens are rotated as they are stored: no plaintext passes through models.
            select_sql = f"SELECT id, {', '.join(columns)} FROM {table}"  # noqa: S608
            update_sql = (
                f"UPDATE {table} SET {', '.join(f'{column} = %s' for column in columns)} "  # noqa: S608
                "WHERE id = %s"
            )
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(select_sql)
                for pk, *tokens in cursor.fetchall():
                    rotated = [None if token is None else rotate(token) for token in tokens]
                    cursor.execute(update_sql, [*rotated, pk])
                    total += 1
        self.stdout.write(f"Re-encrypted {total} row(s).")
