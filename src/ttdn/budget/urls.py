from django.urls import path

from ttdn.budget import views

app_name = "budget"

urlpatterns = [
    path("", views.estimate_list, name="list"),
    path("new/", views.estimate_create, name="create"),
    path("totals/", views.totals, name="totals"),
    path("<int:pk>/", views.estimate_detail, name="detail"),
    path("<int:pk>/lines/new/", views.line_add, name="line_add"),
    path("<int:pk>/submit/", views.estimate_submit, name="submit"),
    path("<int:pk>/appraise/", views.estimate_appraise, name="appraise"),
    path("<int:pk>/approve/", views.estimate_approve, name="approve"),
    path("<int:pk>/return/", views.estimate_return, name="return"),
    path("<int:pk>/revise/", views.estimate_revise, name="revise"),
    path("<int:pk>/export.xlsx", views.estimate_export, name="export"),
    path("lines/<int:pk>/", views.line_edit, name="line_edit"),
    path("lines/<int:pk>/delete/", views.line_delete, name="line_delete"),
    path("lines/<int:pk>/spending/", views.spending_add, name="spending_add"),
    path("files/<int:pk>/", views.spending_file, name="spending_file"),
]
