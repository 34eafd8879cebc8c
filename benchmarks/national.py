#!/usr/bin/env python
"""Fill a PostgreSQL database with a national (or one province's) data set, fast.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_national \\
        python benchmarks/national.py --scale national [--tasks 1000000] [--updates 10000000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_province \\
        python benchmarks/national.py --scale province [--province "Đồng Nai"]

What it writes: today's administrative units and the agency directory of every chosen
province (``directory.services.units_load`` / ``agencies_load``, the same as
``ttdn load_directory --all-provinces``), a People's Committee for each of their
communes, users per agency (an officer for every agency, two for the busiest ones;
coordinators in each province's focal department; leaders at each provincial
People's Committee), plans for 2017-2026 per province (the province's yearly plan and
its departments' plans) and per commune (2025-2026), then the tasks, their
assignments and deadlines and the progress updates, and the search entries.

Speed: the few thousand directory rows go through the ORM; plans, tasks,
assignments, deadlines, updates and search entries are written with PostgreSQL's
``COPY`` (psycopg ``cursor.copy``) with ids chosen here, after dropping the
secondary indexes, unique and foreign-key constraints of those tables; they are
re-created at the end (with a large ``maintenance_work_mem``), then ``VACUUM ANALYZE``.

Derived task state (status, percent, next deadline) is computed with
``ttdn.tracking.services.derive_task_state`` -- the rule
``task_states_refresh`` stores -- on the in-memory updates, and a random sample is
re-derived by the service itself at the end (rolled back) and compared.
Texts, timeframes, assignments and update histories come from
``benchmarks/generate.py`` (the 20,000-task province set). No audit entries.

The database must be PostgreSQL and is created when missing; it must be empty
(``--force`` drops and re-creates it). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import os
import random
import shutil
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for p in (str(ROOT / "src"), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")

import generate as g  # noqa: E402  (benchmarks/generate.py: texts and history rules)

FIRST_YEAR, LAST_YEAR = 2017, 2026
COMMUNE_FIRST_YEAR = 2025  # communes of the two-level government start on 01/07/2025
DEFAULT_PROVINCE = "Đồng Nai"
NATIONAL_TASKS, NATIONAL_UPDATES = 1_000_000, 10_000_000
PROVINCES_TODAY = 34
BIG_TABLES = [
    "plans_task",
    "plans_taskassignment",
    "plans_taskdeadline",
    "tracking_progressupdate",
    "core_searchentry",
]
# Bytes per row on disk with indexes, measured on the 20,000-task set (rounded up).
BYTES_PER_UPDATE, BYTES_PER_TASK = 420, 2200


STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:7.1f} s] {message}", flush=True)


@dataclass
class Pool:
    """The agencies of one province, as generate.py's AgencyInfo."""

    province_id: int
    province_name: str
    issuer: g.AgencyInfo
    focal: g.AgencyInfo
    provincial: list[g.AgencyInfo]
    departments: list[g.AgencyInfo]
    communes: list[tuple[object, g.AgencyInfo]]  # (unit, its People's Committee)


class NationalGenerator(g.Generator):
    """generate.Generator's text and history rules over many provinces, written with COPY."""

    def __init__(self, args):
        super().__init__(args)
        self.started = time.perf_counter()
        self.next_id: dict[str, int] = {}
        self.officer_by_agency: dict[int, int] = {}
        self.coordinator_by_province: dict[int, int] = {}

    def log(self, message: str) -> None:
        log(message)

    # -- directory and users (ORM: a few thousand rows) -------------------------------------
    def load_directory(self, provinces: list[str]) -> list[Pool]:
        from ttdn.core.text import fold
        from ttdn.directory.models import AdministrativeUnit, Agency, AgencyKind, UnitLevel
        from ttdn.directory.services import agencies_load, units_load

        units_load()
        agencies_load(provinces=provinces)
        wanted = {fold(p) for p in provinces}
        current = [
            u
            for u in AdministrativeUnit.objects.filter(
                level=UnitLevel.PROVINCE, valid_to__isnull=True
            ).order_by("code")
            if fold(u.name) in wanted or not provinces
        ]
        created = self.aware(datetime.date(2025, 7, 1), hour=8)
        pools = []
        communes_made = 0
        for province in current:
            agencies = list(
                Agency.objects.current()
                .filter(unit=province)
                .order_by("name")
                .only("id", "name", "short_name", "kind")
            )
            infos = [g.AgencyInfo(pk=a.pk, name=a.name, display=a.display_name) for a in agencies]
            by_kind = defaultdict(list)
            for a, info in zip(agencies, infos, strict=True):
                by_kind[a.kind].append(info)
            issuer = next(iter(by_kind[AgencyKind.PEOPLE_COMMITTEE]), None) or infos[0]
            # The focal department for external information after 2025: culture (VHTTDL).
            focal = next(
                (i for i in infos if i.name.startswith("Sở Văn hóa")),
                next((i for i in by_kind[AgencyKind.DEPARTMENT]), infos[0]),
            )
            provincial = [i for i in infos if i.pk != issuer.pk]
            # Busiest first: the focal department, then the others in directory order.
            provincial.sort(key=lambda i: (i.pk != focal.pk,))
            departments = [
                i
                for i in provincial
                if i.name.startswith(("Sở ", "Ban ", "Công an", "Bộ Chỉ huy", "Văn phòng"))
            ] or provincial
            communes = list(province.children.filter(valid_to__isnull=True).order_by("code"))
            existing = {
                a.unit_id: a
                for a in Agency.objects.filter(unit__in=communes, kind=AgencyKind.COMMUNE_COMMITTEE)
            }
            new = []
            for c in communes:
                if c.pk in existing:
                    continue
                name = f"Ủy ban nhân dân {c.division_type} {c.name}, {province.full_name or province.name}"
                new.append(
                    Agency(
                        name=name,
                        short_name=f"UBND {c.division_type} {c.name}",
                        kind=AgencyKind.COMMUNE_COMMITTEE,
                        unit=c,
                        name_folded=fold(name),
                        valid_from=datetime.date(2025, 7, 1),
                        created_at=created,
                        updated_at=created,
                    )
                )
            with g._explicit_timestamps([Agency]):
                Agency.objects.bulk_create(new, batch_size=1000)
            communes_made += len(new)
            existing.update({a.unit_id: a for a in new})
            pools.append(
                Pool(
                    province_id=province.pk,
                    province_name=province.name,
                    issuer=issuer,
                    focal=focal,
                    provincial=provincial,
                    departments=departments,
                    communes=[
                        (
                            c,
                            g.AgencyInfo(
                                pk=existing[c.pk].pk,
                                name=existing[c.pk].name,
                                display=existing[c.pk].display_name,
                                commune=c.name,
                            ),
                        )
                        for c in communes
                    ],
                )
            )
        self.agency_by_pk = {
            i.pk: i
            for p in pools
            for i in [p.issuer, *p.provincial, *(info for _, info in p.communes)]
        }
        self.counts["provinces"] = len(pools)
        self.counts["communes"] = sum(len(p.communes) for p in pools)
        self.counts["agencies"] = Agency.objects.count()
        log(
            f"directory: {len(pools)} provinces, {self.counts['communes']} communes, "
            f"{self.counts['agencies']} agencies ({communes_made} commune committees created)"
        )
        return pools

    def make_national_users(self, pools: list[Pool]) -> None:
        from django.contrib.auth.hashers import make_password

        from ttdn.accounts.models import Membership, Role, User

        rng = self.rng
        joined = self.aware(datetime.date(FIRST_YEAR - 1, 11, 1))
        password = make_password(g.BENCH_PASSWORD)  # one hash for every login: fast
        users: list[tuple[User, int]] = []

        def add(username, role, agency_id):
            users.append(
                (
                    User(
                        username=username,
                        role=role,
                        full_name=rng.choice(g.PEOPLE),
                        email=f"{username}@ttdn.local",
                        password=password,
                        date_joined=joined,
                    ),
                    agency_id,
                )
            )

        first = pools[0]
        add("bench_coordinator", Role.COORDINATOR, first.focal.pk)
        add("bench_leader", Role.LEADER, first.issuer.pk)
        add("bench_officer", Role.OFFICER, first.focal.pk)
        for n, pool in enumerate(pools):
            code = f"p{n:02d}"
            for i in range(2):
                add(f"{code}_coordinator_{i}", Role.COORDINATOR, pool.focal.pk)
                add(f"{code}_leader_{i}", Role.LEADER, pool.issuer.pk)
            for k, agency in enumerate(pool.provincial):
                # Two officers for the ten busiest bodies, one for the others.
                for i in range(2 if k < 10 else 1):
                    add(f"{code}_a{agency.pk}_officer_{i}", Role.OFFICER, agency.pk)
            for _unit, agency in pool.communes:
                add(f"{code}_a{agency.pk}_officer_0", Role.OFFICER, agency.pk)
        User.objects.bulk_create([u for u, _ in users], batch_size=1000)
        Membership.objects.bulk_create(
            [Membership(user=u, agency_id=a) for u, a in users], batch_size=2000
        )
        for u, a in users:
            if u.role == Role.OFFICER:
                self.officer_by_agency.setdefault(a, u.pk)
        self.coordinator = next(u for u, _ in users if u.username == "bench_coordinator")
        self.coordinator_by_province = {
            pool.province_id: next(
                u.pk for u, _ in users if u.username == f"p{n:02d}_coordinator_0"
            )
            for n, pool in enumerate(pools)
        }
        self.counts["users"] = len(users)
        log(f"users: {len(users)} (password “{g.BENCH_PASSWORD}”)")

    # -- ids, COPY, indexes --------------------------------------------------------------------
    def reserve(self, table: str, n: int) -> int:
        """The first of ``n`` fresh ids of ``table`` (the sequence is moved past them at the end)."""
        if table not in self.next_id:
            with self.cursor() as cur:
                cur.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")  # noqa: S608
                self.next_id[table] = cur.fetchone()[0]
        first = self.next_id[table]
        self.next_id[table] += n
        return first

    def cursor(self):
        from django.db import connection

        connection.ensure_connection()
        return connection.connection.cursor()

    def copy(self, table: str, columns: list[str], rows) -> int:
        n = 0
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with self.cursor() as cur, cur.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
        return n

    def drop_indexes(self) -> list[str]:
        """Drop the secondary indexes, unique and foreign keys of the big tables; return how to rebuild."""
        rebuild: list[str] = []
        with self.cursor() as cur:
            # Inside a transaction (the tests), deferred foreign-key checks of the rows
            # written so far must run before their tables can be altered.
            cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table in BIG_TABLES:
                cur.execute(
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE conrelid = %s::regclass AND contype IN ('u', 'f') ORDER BY contype DESC",
                    [table],
                )
                constraints = cur.fetchall()
                names = {name for name, _ in constraints}
                cur.execute(
                    "SELECT i.indexname, i.indexdef FROM pg_indexes i "
                    "WHERE i.tablename = %s AND i.indexname NOT IN "
                    "(SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'p')",
                    [table, table],
                )
                indexes = [(n, d) for n, d in cur.fetchall() if n not in names]
                for name, definition in constraints:
                    cur.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
                    rebuild.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
                for name, definition in indexes:
                    cur.execute(f'DROP INDEX "{name}"')
                    rebuild.append(definition)
        # Unique constraints and indexes first (foreign keys are checked against them).
        rebuild.sort(key=lambda sql: "FOREIGN KEY" in sql)
        return rebuild

    def rebuild_indexes(self, statements: list[str]) -> None:
        with self.cursor() as cur:
            cur.execute("SET maintenance_work_mem = '512MB'")
            cur.execute("SET max_parallel_maintenance_workers = 1")
            for sql in statements:
                started = time.perf_counter()
                cur.execute(sql)
                log(f"  {time.perf_counter() - started:6.1f} s  {sql[:110]}")

    def fix_sequences(self) -> None:
        with self.cursor() as cur:
            for table in [
                *BIG_TABLES,
                "plans_plan",
                "plans_plansection",
                "plans_planlegalbasis",
                "plans_planstatuschange",
            ]:
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"  # noqa: S608
                )

    # -- layout ---------------------------------------------------------------------------------
    def layout(self, pools: list[Pool]) -> list[dict]:
        """Every plan to write: (pool, years, level, issuer, title, tasks)."""
        args, rng = self.args, self.rng
        commune_years = [y for y in range(COMMUNE_FIRST_YEAR, LAST_YEAR + 1)]
        n_communes = sum(len(p.communes) for p in pools)
        # About 10 % of the tasks in commune plans (one per commune and year, 5-40 tasks).
        commune_share = min(0.1, 30 * n_communes * len(commune_years) / max(1, args.tasks) / 2)
        commune_tasks = int(args.tasks * commune_share)
        per_commune_plan = max(1, commune_tasks // max(1, n_communes * len(commune_years)))
        provincial_tasks = args.tasks - per_commune_plan * n_communes * len(commune_years)
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        per_province_year = provincial_tasks / (len(pools) * len(years))
        plans = []
        for pool in pools:
            for year in years:
                budget = int(per_province_year + rng.random())
                size = min(budget, 100)
                plans.append(
                    {
                        "pool": pool,
                        "start": year,
                        "end": year,
                        "kind": "province",
                        "issuer": pool.issuer,
                        "tasks": size,
                        "title": f"Kế hoạch hoạt động thông tin đối ngoại tỉnh {pool.province_name} "
                        f"năm {year}",
                    }
                )
                budget -= size
                k = 0
                while budget > 0:
                    size = min(budget, max(10, int(rng.gauss(60, 20))))
                    issuer = g._zipf(rng, pool.departments, 0.6)
                    plans.append(
                        {
                            "pool": pool,
                            "start": year,
                            "end": year,
                            "kind": "department",
                            "issuer": issuer,
                            "tasks": size,
                            "title": f"Kế hoạch thông tin đối ngoại năm {year} của {issuer.name}"
                            + (f" (đợt {k + 1})" if k else ""),
                        }
                    )
                    budget -= size
                    k += 1
            for unit, body in pool.communes:
                for year in commune_years:
                    plans.append(
                        {
                            "pool": pool,
                            "start": year,
                            "end": year,
                            "kind": "commune",
                            "issuer": body,
                            "unit": unit,
                            "tasks": max(1, int(per_commune_plan * rng.uniform(0.5, 1.5))),
                            "title": f"Kế hoạch thông tin đối ngoại năm {year} của {body.name}",
                        }
                    )
        # Scale so the total is exactly --tasks (the last plans absorb rounding).
        total = sum(p["tasks"] for p in plans)
        diff = args.tasks - total
        i = 0
        while diff != 0 and plans:
            p = plans[i % len(plans)]
            step = 1 if diff > 0 else -1
            if p["tasks"] + step >= 1:
                p["tasks"] += step
                diff -= step
            i += 1
        return plans

    # -- plans, tasks, updates (COPY) -------------------------------------------------------
    def write_all(self, pools: list[Pool]) -> None:
        from ttdn.core import search
        from ttdn.legal.models import LegalDocument
        from ttdn.plans.models import Plan, Task, TaskAssignment, TaskDeadline
        from ttdn.tracking.models import ProgressUpdate

        layout = self.layout(pools)
        with g._explicit_timestamps([LegalDocument]):
            self.make_legal_documents()
        log(f"layout: {len(layout)} plans, {sum(p['tasks'] for p in layout)} tasks")

        def cols(model, skip=()):
            return [f.column for f in model._meta.concrete_fields if f.column not in skip]

        plan_cols = cols(Plan)
        task_cols = cols(Task)
        assignment_cols = cols(TaskAssignment)
        deadline_cols = cols(TaskDeadline)
        update_cols = cols(ProgressUpdate)
        search_cols = ["id", "kind", "object_id", "body", "body_folded", "partition"]

        @functools.lru_cache(maxsize=200_000)
        def folded(text: str) -> tuple[str, str]:
            body = search._clean_body(text)
            return body, search._fold_body(body)

        statuses: Counter = Counter()
        chunk: list[dict] = []
        chunk_tasks = 0
        province_plan: dict[tuple[int, int], int] = {}

        def flush():
            nonlocal chunk, chunk_tasks
            if chunk:
                self.write_chunk(
                    chunk,
                    cols=(
                        plan_cols,
                        task_cols,
                        assignment_cols,
                        deadline_cols,
                        update_cols,
                        search_cols,
                    ),
                    folded=folded,
                    statuses=statuses,
                    province_plan=province_plan,
                )
            chunk, chunk_tasks = [], 0

        for spec in layout:
            chunk.append(spec)
            chunk_tasks += spec["tasks"]
            if chunk_tasks >= 20_000:
                flush()
        flush()
        self.statuses = statuses

    def write_chunk(self, chunk, *, cols, folded, statuses, province_plan):
        from ttdn.plans.models import (
            AssignmentRole,
            PlanLevel,
            PlanStatus,
            PublicDisclosure,
            Visibility,
        )
        from ttdn.tracking.models import ReviewState

        plan_cols, task_cols, assignment_cols, deadline_cols, update_cols, search_cols = cols
        rng, args = self.rng, self.args
        mean_k = args.updates / max(1, args.tasks) / 0.93
        now = self.now
        plan_rows, section_rows, basis_rows, search_rows = [], [], [], []
        task_rows, assignment_rows, deadline_rows, update_rows = [], [], [], []
        plan_id = self.reserve("plans_plan", len(chunk))
        task_id = self.reserve("plans_task", sum(s["tasks"] for s in chunk))
        for spec in chunk:
            pool: Pool = spec["pool"]
            start, end, kind = spec["start"], spec["end"], spec["kind"]
            issuer = spec["issuer"]
            level = {
                "province": PlanLevel.PROVINCE,
                "department": PlanLevel.DEPARTMENT,
                "commune": PlanLevel.COMMUNE,
            }[kind]
            symbol = (
                "KH-UBND"
                if kind != "department"
                else "KH-"
                + "".join(
                    w[0].upper() for w in issuer.display.replace("&", " ").split() if w[0].isalpha()
                )[:6]
            )
            issued = datetime.date(start - 1, 12, 1) + datetime.timedelta(days=rng.randint(0, 45))
            issued = min(issued, self.today)
            number = f"{rng.randint(100, 15000)}/{symbol}"
            past = end < self.today.year
            if past:
                status = PlanStatus.CLOSED if rng.random() < 0.85 else PlanStatus.IN_PROGRESS
            else:
                status = g._weighted(
                    rng,
                    [(PlanStatus.IN_PROGRESS, 85), (PlanStatus.ISSUED, 10), (PlanStatus.DRAFT, 5)],
                )
            visibility = Visibility.PUBLIC if rng.random() < 0.4 else Visibility.INTERNAL
            created = self.aware(issued - datetime.timedelta(days=rng.randint(5, 30)))
            unit_id = spec["unit"].pk if kind == "commune" else pool.province_id
            if kind == "province":
                province_plan[(pool.province_id, start)] = plan_id
            parent = None if kind == "province" else province_plan.get((pool.province_id, start))
            summary = f"Triển khai công tác thông tin đối ngoại năm {start}."
            values = {
                "id": plan_id,
                "created_at": created,
                "updated_at": created,
                "issuer_id": issuer.pk,
                "issuer_name": issuer.name,
                "number": number,
                "issued_date": issued,
                "title": spec["title"],
                "summary": summary,
                "period_start": start,
                "period_end": end,
                "level": level,
                "unit_id": unit_id,
                "parent_id": parent,
                "status": status,
                "visibility": visibility,
                "public_shows": PublicDisclosure.STATUS,
                "signer": rng.choice(g.PEOPLE),
                "report_deadline_text": "trước ngày 05 tháng 11 hàng năm",
                "report_deadline_month": 11,
                "report_deadline_day": 5,
                "source_file": "",
                "version": 1,
                "created_by_id": self.coordinator_by_province.get(pool.province_id),
            }
            plan_rows.append(tuple(values[c] for c in plan_cols))
            if kind != "commune":
                for order, (skind, heading, body) in enumerate(g.SECTION_TEXTS):
                    section_rows.append((plan_id, skind, order, heading, body.format(year=start)))
                for order, (doc_id, written) in enumerate(self.legal_docs):
                    basis_rows.append((plan_id, doc_id, order, written))
            body, body_folded = folded(
                " ".join(filter(None, [number, spec["title"], issuer.name, summary, str(start)]))
            )
            search_rows.append(("plan", plan_id, body, body_folded, pool.province_id))

            # Tasks: generate.py's rules, with this province's agencies.
            self.districts = [u for u, _ in pool.communes[:12]]
            self.provincial = pool.provincial
            self.agencies = [pool.focal]
            if kind == "commune":
                meta = {"local": [issuer], "lead_pool": None}
            elif kind == "department":
                meta = {"local": None, "lead_pool": [issuer]}
            else:
                meta = {"local": None, "lead_pool": None}
            task_created = self.aware(
                max(datetime.date(FIRST_YEAR - 1, 11, 1), issued - datetime.timedelta(days=3))
            )
            plan_obj = _PlanLike(start, end)
            row, per_row = 0, 0
            coordinator = self.coordinator_by_province.get(pool.province_id)
            for order in range(1, spec["tasks"] + 1):
                if per_row <= 0:
                    row += 1
                    per_row = rng.randint(1, 6)
                per_row -= 1
                group, text = self._task_text(plan_obj, start)
                wording = g._weighted(rng, g.TIMEFRAMES_ONE_YEAR).format(
                    y=start, m=rng.randint(1, 12), y1=start, y2=end
                )
                schedule = g._schedule(wording, start, end)
                deadlines = list(schedule.deadlines) if schedule else []
                leads, coordinating = self._assignments(plan_obj, meta)
                tspec = g.TaskSpec(
                    obj=None, deadlines=deadlines, leads=leads, coordinating=coordinating
                )
                tspec.updates = self._updates(tspec, plan_obj, mean_k)
                status, percent, next_deadline, _latest = g.spec_state(tspec)
                statuses[status] += 1
                updated = tspec.updates[-1].submitted_at if tspec.updates else task_created
                values = {
                    "id": task_id,
                    "created_at": task_created,
                    "updated_at": updated,
                    "plan_id": plan_id,
                    "order": order,
                    "row_label": f"{row:02d}",
                    "group": group,
                    "text": text,
                    "timeframe_text": wording,
                    "recurrence": (schedule.recurrence or "") if schedule else "",
                    "timeframe_flagged": bool(schedule and not schedule.recognised),
                    "status": status,
                    "percent": percent,
                    "next_deadline": next_deadline,
                    "final_deadline": deadlines[-1] if deadlines else None,
                    "version": 1,
                    "parent_task_id": None,  # generated plans carry out no parent task
                }
                task_rows.append(tuple(values[c] for c in task_cols))
                for due in deadlines:
                    deadline_rows.append((task_id, due))
                labels = []
                for role, refs in (
                    (AssignmentRole.COORDINATING, coordinating),
                    (AssignmentRole.LEAD, leads),
                ):
                    # Task.assignments.all() orders by role ("coordinating" < "lead"), order, id.
                    for o, (agency_id, written) in enumerate(refs):
                        assignment_rows.append((task_id, agency_id, role, written, o))
                        labels.append(
                            self.agency_by_pk[agency_id].display if agency_id else written
                        )
                body, body_folded = folded(" ".join([text, wording, *labels]))
                search_rows.append(("task", task_id, body, body_folded, pool.province_id))
                for u in tspec.updates:
                    reviewed = u.review_state != ReviewState.SUBMITTED
                    update_rows.append(
                        (
                            task_id,
                            u.agency_id,
                            u.period_end,
                            u.status,
                            u.percent,
                            u.narrative,
                            json.dumps(u.figures, ensure_ascii=False),
                            self.officer_by_agency.get(u.agency_id),
                            u.submitted_at,
                            u.review_state,
                            coordinator if reviewed else None,
                            min(now, u.submitted_at + datetime.timedelta(days=rng.randint(1, 6)))
                            if reviewed
                            else None,
                            "Đề nghị bổ sung số liệu cụ thể và minh chứng."
                            if u.review_state == ReviewState.RETURNED
                            else "",
                        )
                    )
                task_id += 1
            plan_id += 1
        # Write: plans first, then the rest (no foreign keys while loading anyway).
        self.copy("plans_plan", plan_cols, plan_rows)
        self.copy(
            "plans_plansection", ["plan_id", "kind", '"order"', "heading", "body"], section_rows
        )
        self.copy(
            "plans_planlegalbasis", ["plan_id", "document_id", '"order"', "as_written"], basis_rows
        )
        self.copy("plans_task", [_q(c) for c in task_cols], task_rows)
        a0 = self.reserve("plans_taskassignment", len(assignment_rows))
        self.copy(
            "plans_taskassignment",
            ["id", "task_id", "agency_id", "role", "as_written", '"order"'],
            ((a0 + i, *r) for i, r in enumerate(assignment_rows)),
        )
        d0 = self.reserve("plans_taskdeadline", len(deadline_rows))
        self.copy(
            "plans_taskdeadline",
            ["id", "task_id", "due_date"],
            ((d0 + i, *r) for i, r in enumerate(deadline_rows)),
        )
        # Updates in submission order per task, so ids grow with submitted_at within a task.
        u0 = self.reserve("tracking_progressupdate", len(update_rows))
        self.copy(
            "tracking_progressupdate",
            [
                "id",
                "task_id",
                "agency_id",
                "period_end",
                "status",
                "percent",
                "narrative",
                "figures",
                "submitted_by_id",
                "submitted_at",
                "review_state",
                "reviewed_by_id",
                "reviewed_at",
                "review_comment",
            ],
            ((u0 + i, *r) for i, r in enumerate(update_rows)),
        )
        s0 = self.reserve("core_searchentry", len(search_rows))
        self.copy(
            "core_searchentry", search_cols, ((s0 + i, *r) for i, r in enumerate(search_rows))
        )
        self.counts.update(
            {
                "plans": len(plan_rows),
                "plan sections": len(section_rows),
                "tasks": len(task_rows),
                "task assignments": len(assignment_rows),
                "task deadlines": len(deadline_rows),
                "progress updates": len(update_rows),
                "search entries": len(search_rows),
            }
        )
        log(
            f"plans {self.counts['plans']:>6}, tasks {self.counts['tasks']:>8}, "
            f"updates {self.counts['progress updates']:>9}, "
            f"assignments {self.counts['task assignments']:>8}"
        )


@dataclass
class _PlanLike:
    period_start: int
    period_end: int


def _q(column: str) -> str:
    return f'"{column}"' if column in ("order", "group") else column


def _check_disk(args) -> None:
    from django.db import connection

    need = args.updates * BYTES_PER_UPDATE + args.tasks * BYTES_PER_TASK
    with connection.cursor() as cur:
        cur.execute("SHOW data_directory")
        data_dir = cur.fetchone()[0]
    path = data_dir if os.path.isdir(data_dir) else "/"
    free = shutil.disk_usage(path).free
    log(f"disk: about {need / 2**30:.1f} GiB needed, {free / 2**30:.1f} GiB free at {path}")
    if free < need * 1.5:
        sys.exit(f"Not enough disk space: need about {need * 1.5 / 2**30:.1f} GiB free.")


def _recreate_database(force: bool) -> None:
    from django.conf import settings
    from django.db import OperationalError, connection

    name = settings.DATABASES["default"]["NAME"]
    try:
        connection.ensure_connection()
        exists = True
    except OperationalError as exc:
        if "does not exist" not in str(exc):
            raise
        exists = False
    if exists and force:
        connection.close()
        with connection._nodb_cursor() as cursor:
            log(f"--force: dropping database {name!r}")
            cursor.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        exists = False
    if not exists:
        with connection._nodb_cursor() as cursor:
            log(f"creating database {name!r}")
            cursor.execute(f'CREATE DATABASE "{name}"')


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", choices=["national", "province"], default="national")
    parser.add_argument(
        "--province",
        default=DEFAULT_PROVINCE,
        help=f"the province of --scale province (default {DEFAULT_PROVINCE})",
    )
    parser.add_argument(
        "--tasks", type=int, help="tasks (default 1,000,000 national, 1/34 of it for a province)"
    )
    parser.add_argument("--updates", type=int, help="progress updates (default 10 per task)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--check-sample",
        type=int,
        default=300,
        help="tasks re-derived by task_states_refresh at the end (default 300)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="drop and re-create the database first (EVERYTHING in it is lost)",
    )
    parser.add_argument("--json", metavar="FILE", help="write counts and timings as JSON")
    args = parser.parse_args(argv)
    if args.tasks is None:
        args.tasks = (
            NATIONAL_TASKS if args.scale == "national" else NATIONAL_TASKS // PROVINCES_TODAY
        )
    if args.updates is None:
        args.updates = args.tasks * 10
    if args.tasks < 1 or args.updates < 0:
        parser.error("sizes must be positive")

    import django
    from django.conf import settings

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        sys.exit(
            "benchmarks/national.py needs PostgreSQL: set DATABASE_URL (see docs/benchmarks.md)"
        )
    db = settings.DATABASES["default"]
    log(
        f"database {db.get('HOST')}:{db.get('PORT')}/{db['NAME']}; scale {args.scale}, "
        f"{args.tasks:,} tasks, {args.updates:,} updates, seed {args.seed}"
    )
    _recreate_database(args.force)
    _check_disk(args)
    load_before = [round(x, 2) for x in os.getloadavg()]
    timings = {}
    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    from ttdn.plans.models import Plan, Task

    if Plan.objects.exists() or Task.objects.exists():
        print("The database is not empty: use another one or --force.", file=sys.stderr)
        return 2
    timings["migrate_s"] = round(time.perf_counter() - t0, 1)
    random.seed(args.seed)
    gen = NationalGenerator(args)
    from ttdn.directory import seed

    provinces = seed.all_province_names() if args.scale == "national" else [args.province]
    t = time.perf_counter()
    with transaction.atomic():
        pools = gen.load_directory(provinces)
        gen.make_national_users(pools)
    timings["directory_users_s"] = round(time.perf_counter() - t, 1)
    with connection.cursor() as cur:
        cur.execute("SET synchronous_commit = off")
    rebuild = gen.drop_indexes()
    log(f"dropped {len(rebuild)} indexes and constraints of {', '.join(BIG_TABLES)}")
    t = time.perf_counter()
    gen.write_all(pools)
    timings["copy_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    gen.fix_sequences()
    gen.rebuild_indexes(rebuild)
    timings["indexes_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE")
    timings["vacuum_analyze_s"] = round(time.perf_counter() - t, 1)
    log("VACUUM ANALYZE done")
    mismatches = gen.check_sample(args.check_sample) if args.check_sample else 0
    timings["total_s"] = round(time.perf_counter() - t0, 1)
    with connection.cursor() as cur:
        cur.execute("SELECT pg_database_size(current_database())")
        size = cur.fetchone()[0]
    print()
    print("Rows written:")
    for name, count in gen.counts.items():
        print(f"  {name:<24} {count:>11,}")
    print(f"Task status: {g._counts(gen.statuses.elements())}")
    print(f"Timings: {timings}")
    print(f"Database size: {size / 2**20:,.0f} MiB")
    print(
        "Logins (password “bench”): bench_coordinator, bench_officer, bench_leader "
        f"({pools[0].province_name}); pNN_coordinator_0, pNN_leader_0, pNN_a<agency>_officer_0"
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "date": datetime.date.today().isoformat(),  # noqa: DTZ011
                    "scale": args.scale,
                    "args": vars(args),
                    "counts": dict(gen.counts),
                    "task_status": dict(gen.statuses),
                    "timings": timings,
                    "database_mib": round(size / 2**20),
                    "sample_checked": args.check_sample,
                    "sample_mismatches": mismatches,
                    "load_before": load_before,
                    "load_after": [round(x, 2) for x in os.getloadavg()],
                },
                indent=2,
                ensure_ascii=False,
                default=str,
            )
        )
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
