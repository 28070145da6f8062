"""The reader's comment form. Plain text in, plain text stored."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from nouvelles.comments.gates import make_form_token

HONEYPOT_FIELD = "homepage"


class CommentForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please give your name.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("Never shown. Used only to recognise you and to reach you."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please give your e-mail address."),
            "invalid": _("Please give a valid e-mail address, like name@example.org."),
        },
    )
    website = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={"invalid": _("Please give a full web address, like https://example.org.")},
    )
    text = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Please write your comment.")},
    )
    # Hidden from people (CSS, aria-hidden, tabindex=-1); bots fill it in.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    token = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, article=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.article = article
        limit = settings.NOUVELLES_COMMENTS_MAX_LENGTH
        text = self.fields["text"]
        text.max_length = limit
        text.validators.append(MaxLengthValidator(limit))
        text.widget.attrs["maxlength"] = str(limit)
        text.error_messages["max_length"] = _(
            "Please keep your comment under %(limit_value)d characters (it has %(show_value)d)."
        )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Please write your comment."), code="required")
        return text

    def refresh_token(self) -> None:
        """Give a re-shown form a new token (the reader sends it again later)."""
        if self.article is not None:
            data = self.data.copy()
            data["token"] = make_form_token(self.article.pk)
            self.data = data


def blank_form(article, parent_id: int | None = None) -> CommentForm:
    """A fresh form for `article`, with a token stamped now."""
    return CommentForm(
        article=article, initial={"token": make_form_token(article.pk), "parent": parent_id}
    )
