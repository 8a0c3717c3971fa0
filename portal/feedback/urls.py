from django.urls import path

from portal.feedback import views

app_name = "feedback"

urlpatterns = [
    path("feedback/helpful/", views.helpful, name="helpful"),
]
