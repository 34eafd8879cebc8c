from django.urls import path

from ttdn.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="list"),
    path("new/", views.report_start, name="start"),
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/edit/", views.report_edit, name="edit"),
    path("<int:pk>/refill/", views.report_refill, name="refill"),
    path("<int:pk>/issue/", views.report_issue, name="issue"),
    path("<int:pk>/draft.<str:fmt>", views.report_draft_download, name="draft"),
    path("<int:pk>/v<int:number>.<str:fmt>", views.report_version_download, name="version_file"),
]
