from django.urls import path

from ttdn.activities import views

app_name = "activities"

urlpatterns = [
    path("", views.index, name="index"),
    path("public/spokespersons/", views.published_spokespersons, name="published_spokespersons"),
    path("files/<int:pk>/<int:file_pk>/", views.file_download, name="file"),
    path("files/<int:pk>/<int:file_pk>/thumbnail/", views.file_thumbnail, name="thumbnail"),
    path("files/<int:pk>/<int:file_pk>/delete/", views.file_delete, name="file_delete"),
    path("<slug:code>/", views.register_list, name="list"),
    path("<slug:code>/new/", views.entry_create, name="create"),
    path("<slug:code>/<int:pk>/", views.entry_detail, name="detail"),
    path("<slug:code>/<int:pk>/edit/", views.entry_edit, name="edit"),
    path("<slug:code>/<int:pk>/delete/", views.entry_delete, name="delete"),
]

from ttdn.activities import urls_io  # noqa: E402  (the Excel import and export, registers-io)

urlpatterns += urls_io.urlpatterns
