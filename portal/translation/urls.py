from django.urls import path

from portal.translation import public_views

app_name = "translation"

urlpatterns = [
    path("glossary/", public_views.glossary, name="glossary"),
]
