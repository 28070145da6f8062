"""`nouvelles purge_comment_data`: erase commenters' IP addresses and user agents past retention."""

from django.core.management.base import BaseCommand

from nouvelles.comments.privacy import purge_expired_personal_data


class Command(BaseCommand):
    help = "Erase commenters' IP addresses and user agents older than NOUVELLES_COMMENTS_RETENTION_DAYS."

    def handle(self, *args, **options) -> None:
        count = purge_expired_personal_data()
        self.stdout.write(f"{count} comment(s): IP address and user agent erased.")
