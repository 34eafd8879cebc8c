"""End to end in a real Chromium: an officer reports progress with a file, the
coordinator accepts it, and the plan page shows it."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_officer_reports_coordinator_accepts_plan_shows_it(
    live_server, login, new_page, artifacts, tmp_path, settings, make_plan, coordinator, officer_a
):
    settings.MEDIA_ROOT = tmp_path / "media"
    from ttdn.plans.models import Task

    plan = make_plan(
        status="in_progress",
        visibility="internal",
        year=2026,
        timeframe="Hàng quý",
        title="Kế hoạch TTĐN năm 2026",
    )
    task = plan.tasks.get()
    base = live_server.url
    evidence = tmp_path / "bao-cao-tap-huan.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% minimal evidence file\n")

    officer = new_page()
    login(officer, "officer_a")
    officer.goto(f"{base}/tasks/{task.pk}/")
    officer.click(f"a[href='/tasks/{task.pk}/progress/']")
    officer.select_option("select[name=status]", "done")
    officer.fill("input[name=percent]", "100")
    officer.fill("textarea[name=narrative]", "Đã tổ chức 2 lớp tập huấn cho 150 cán bộ, công chức.")
    officer.set_input_files("input[name=files]", str(evidence))
    officer.click("form[enctype] button[type=submit]")
    officer.wait_for_url(f"{base}/tasks/{task.pk}/")
    assert "bao-cao-tap-huan.pdf" in officer.content()

    boss = new_page()
    login(boss, "coordinator")
    boss.goto(f"{base}/review/")
    assert "Đã tổ chức 2 lớp tập huấn" in boss.content()
    boss.click("button[name=decision][value=accept]")
    boss.wait_for_url(f"{base}/review/")

    task = Task.objects.get(pk=task.pk)
    assert task.status == "done"

    boss.goto(f"{base}/plans/{plan.pk}/")
    row = boss.locator(f"#task-{task.pk}")
    assert "Đã tổ chức 2 lớp tập huấn" in row.inner_text()
    assert row.locator(".badge.done").count() == 1
    boss.screenshot(path=str(artifacts / "plan-page.png"), full_page=True)

    officer.goto(f"{base}/")
    officer.screenshot(path=str(artifacts / "home-officer.png"), full_page=True)
    boss.goto(f"{base}/")
    boss.screenshot(path=str(artifacts / "home-coordinator.png"), full_page=True)

    phone = new_page(width=390, height=844)
    login(phone, "coordinator")
    phone.goto(f"{base}/plans/{plan.pk}/")
    # At phone width the annex turns into cards: nothing overflows sideways.
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1
    phone.screenshot(path=str(artifacts / "plan-page-phone.png"), full_page=True)
