"""URLs of the Excel import and export of the registers (included by activities/urls.py)."""

from django.urls import path

from ttdn.activities import views_io

urlpatterns = [
    path("<slug:code>/export.xlsx", views_io.export, name="export"),
    path("<slug:code>/import/", views_io.import_upload, name="import"),
    path("<slug:code>/import/template.xlsx", views_io.import_template, name="import_template"),
    path("<slug:code>/import/<int:pk>/", views_io.import_preview, name="import_preview"),
    path("<slug:code>/import/<int:pk>/done/", views_io.import_done, name="import_done"),
]
