from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "site/404.html", status=404)


def server_error(request):
    # Rendered with no context processor: the failure may be the database itself.
    return HttpResponseServerError(loader.get_template("site/500.html").render({}))
