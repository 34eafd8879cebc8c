"""The Content-Security-Policy holds on every main page: a real Chromium, signed in, loads them
with the policy on and fails on any violation it reports; htmx and the page scripts still work
(decision 0017)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ttdn.demo.seeds import SEED_DIR

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Records every violation the browser reports to the page, before any page script runs.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
});
"""


def _violations(page, console: list[str]) -> list[str]:
    return page.evaluate("window.__cspViolations") + [
        text for text in console if "Content Security Policy" in text
    ]


def test_main_pages_raise_no_csp_violation(
    live_server, login, new_page, tmp_path, settings, make_plan, coordinator, officer_a
):
    from ttdn.importer.services import import_jobs_create
    from ttdn.tracking.services import progress_submit

    settings.MEDIA_ROOT = tmp_path / "media"
    plan = make_plan(
        status="in_progress", visibility="internal", year=2026, title="Kế hoạch TTĐN năm 2026"
    )
    task = plan.tasks.get()
    agency = officer_a.agencies.get()
    progress_submit(
        actor=officer_a,
        task=task,
        agency=agency,
        status="in_progress",
        percent=40,
        narrative="Đã tổ chức 1 lớp tập huấn.",
        files=[SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 evidence")],
    )
    [job] = import_jobs_create(
        actor=coordinator,
        files=[
            SimpleUploadedFile("ke-hoach.txt", (SEED_DIR / "004_b3151840d8e177ab.txt").read_bytes())
        ],
    )
    base = live_server.url

    page = new_page()
    page.context.add_init_script(RECORD_VIOLATIONS)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    login(page, "coordinator")

    paths = [
        "/",
        "/plans/",
        f"/plans/{plan.pk}/",
        f"/plans/{plan.pk}/edit/",
        f"/plans/{plan.pk}/history/",
        "/tasks/",
        f"/tasks/{task.pk}/",
        f"/tasks/{task.pk}/edit/",
        "/review/",
        "/imports/",
        f"/imports/batch/{job.batch}/",
        f"/imports/{job.pk}/",
        f"/agencies/{agency.pk}/",
    ]
    for path in paths:
        response = page.goto(base + path)
        assert response.status == 200, path
        csp = response.headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp
            and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        )
        page.wait_for_load_state("load")
        assert _violations(page, console) == [], path

    # htmx still works under the policy: filtering the plan list swaps the table in place.
    page.goto(f"{base}/plans/")
    with page.expect_response(
        lambda r: "/plans/?" in r.url and r.request.headers.get("hx-request")
    ):
        page.fill("input[name=q]", "khong co ke hoach nao nhu vay")
    page.wait_for_function("!document.querySelector('#plan-table').innerText.includes('2026')")
    # app.js draws the file field in the page's language and shows the chosen names.
    page.goto(f"{base}/imports/")
    page.set_input_files("input[type=file]", str(SEED_DIR / "004_b3151840d8e177ab.txt"))
    assert page.inner_text("#drop-zone .file-names") == "004_b3151840d8e177ab.txt"
    # The inline script of the upload page (with its nonce) ran: a file dropped on the zone
    # becomes the field's.
    page.evaluate(
        """() => {
            const data = new DataTransfer();
            data.items.add(new File(["Kế hoạch"], "tha-vao.txt", {type: "text/plain"}));
            const zone = document.getElementById("drop-zone");
            zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true}));
        }"""
    )
    assert page.inner_text("#drop-zone .file-names") == "tha-vao.txt"
    assert (
        page.evaluate("document.querySelector('input[type=file]').files[0].name") == "tha-vao.txt"
    )
    # data-confirm (app.js) asks before deleting; dismissing keeps the task.
    page.goto(f"{base}/tasks/{task.pk}/edit/")
    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.click("form[data-confirm] button[type=submit]")
    assert questions and page.url == f"{base}/tasks/{task.pk}/edit/"
    # data-autosubmit (app.js) switches the language.
    page.select_option("select[name=language]", "en")
    page.wait_for_function("document.documentElement.lang === 'en'")

    assert _violations(page, console) == []


def test_admin_and_api_docs_raise_no_csp_violation(live_server, login, new_page, agency_a):
    from ttdn.accounts.models import User

    root = User.objects.create_superuser("root", "root@example.invalid", "pw-root")
    base = live_server.url
    page = new_page()
    page.context.add_init_script(RECORD_VIOLATIONS)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    login(page, "root")

    for path in [
        "/admin/",
        "/admin/directory/agency/",
        f"/admin/directory/agency/{agency_a.pk}/change/",
        f"/admin/accounts/user/{root.pk}/change/",
    ]:
        assert page.goto(base + path).status == 200, path
        page.wait_for_load_state("load")
        assert _violations(page, console) == [], path

    # The API documentation (Swagger UI, served from the site's own static files) renders.
    assert page.goto(f"{base}/api/v1/docs").status == 200
    page.wait_for_selector(".swagger-ui .info")
    assert _violations(page, console) == []
