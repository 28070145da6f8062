"""The search form: query text and filters, all optional, all forgiving."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nouvelles.articles.models import Category
from nouvelles.search.backends.base import SearchFilters
from nouvelles.sources.models import Source


def language_choices() -> list[tuple[str, str]]:
    """Original languages of the sources (a small table), as (code, name)."""
    from django.conf import settings
    from django.utils.translation import get_language_info

    codes = set(Source.objects.exclude(language="auto").values_list("language", flat=True))
    codes.add(settings.NOUVELLES_SITE_LANGUAGE)
    choices = []
    for code in sorted(codes):
        try:
            name = get_language_info(code)["name_translated"]
        except KeyError:
            name = code
        choices.append((code, name))
    return [("", _("Any language")), *choices]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.all(),
        required=False,
        empty_label=_("All categories"),
    )
    source = forms.ModelChoiceField(
        label=_("Source"),
        queryset=Source.objects.all(),
        required=False,
        empty_label=_("All sources"),
    )
    language = forms.ChoiceField(label=_("Original language"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        self.fields["q"].widget.attrs.update({"type": "search", "id": "search-q"})
        # The query is cleaned by parse_query (NUL bytes included), never refused.
        self.fields["q"].validators = []

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data

    def search_filters(self) -> SearchFilters:
        """Filters from the fields that are valid (an invalid one is ignored, and shown)."""
        data = getattr(self, "cleaned_data", {})
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            start = end = None

        def day_start(day):
            return timezone.make_aware(datetime.combine(day, time.min)) if day else None

        category, source = data.get("category"), data.get("source")
        return SearchFilters(
            category_id=category.pk if category else None,
            source_id=source.pk if source else None,
            original_language=data.get("language") or "",
            date_from=day_start(start),
            date_to=day_start(end + timedelta(days=1)) if end else None,
        )
