"""Site settings (one row) and ad slots in the admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nouvelles.site.models import AdSlot, SiteSettings
from tests.admin_forms import form_data, set_field

pytestmark = pytest.mark.django_db


def test_settings_list_opens_the_single_row(admin_client):
    response = admin_client.get(reverse("admin:site_sitesettings_changelist"))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:site_sitesettings_change", args=[1])
    assert SiteSettings.objects.count() == 1
    assert admin_client.get(reverse("admin:site_sitesettings_add")).status_code == 403


def test_editing_site_settings(admin_client):
    url = reverse("admin:site_sitesettings_change", args=[SiteSettings.load().pk])
    data = form_data(admin_client.get(url).content, "sitesettings_form")
    set_field(data, "name", "La Gazette du Port")
    set_field(data, "tagline", "Nouvelles de partout")
    assert admin_client.post(url, data).status_code == 302
    assert SiteSettings.load().name == "La Gazette du Port"
    assert SiteSettings.objects.count() == 1
    assert admin_client.post(reverse("admin:site_sitesettings_delete", args=[1])).status_code == 403


def test_ad_html_is_sanitised_and_the_editor_is_told(admin_client):
    url = reverse("admin:site_adslot_add")
    data = form_data(admin_client.get(url).content, "adslot_form")
    set_field(data, "name", "Bannière")
    set_field(data, "placement", "sidebar")
    set_field(
        data,
        "html",
        '<a href="https://pub.example/" onclick="steal()">Annonce</a><script>alert(1)</script>',
    )
    set_field(data, "enabled", True)
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    slot = AdSlot.objects.get(name="Bannière")
    assert "<script" not in slot.html and "onclick" not in slot.html
    assert 'href="https://pub.example/"' in slot.html and "Annonce" in slot.html
    messages = [str(m) for m in response.context["messages"]]
    assert any("cleaned" in m or "nettoy" in m for m in messages), messages
    change = admin_client.get(reverse("admin:site_adslot_change", args=[slot.pk]))
    assert "&lt;script" not in change.content.decode()  # the stored copy shows no script
