from django.urls import reverse

from ttdn.accounts.models import User
from ttdn.audit.models import AuditEntry
from ttdn.directory.models import Agency


def test_admin_writes_are_audited(client, db):
    admin_user = User.objects.create_superuser(
        "root", "root@example.vn", "pw", role="administrator"
    )
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:directory_agency_add"),
        {
            "name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên",
            "short_name": "Sở VHTTDL",
            "kind": "department",
            "aliases-TOTAL_FORMS": "1",
            "aliases-INITIAL_FORMS": "0",
            "aliases-0-alias": "Sở VH-TT-DL",
            "successions_out-TOTAL_FORMS": "0",
            "successions_out-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    agency = Agency.objects.get(short_name="Sở VHTTDL")
    entry = AuditEntry.objects.get(action="agency.created")
    assert entry.actor == admin_user and entry.after["name"] == agency.name
    client.post(reverse("admin:directory_agency_delete", args=[agency.pk]), {"post": "yes"})
    assert not Agency.objects.filter(pk=agency.pk).exists()
    assert AuditEntry.objects.get(action="agency.deleted").before["name"] == agency.name


def test_officers_cannot_use_the_admin(client, officer_a):
    client.force_login(officer_a)
    response = client.get(reverse("admin:directory_agency_changelist"))
    assert response.status_code == 302
