"""Nhật ký hoạt động: one entry per staff action with who, when, where from and what changed; a hash chain."""

import datetime
import json
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from articles import activity
from articles.models import ActivityEntry, Article, ArticleRevision, Category, ClosingDay, Page, SiteSettings

from .factories import ArticleFactory, CategoryFactory, PhotoFactory, UserFactory
from .test_admin import SETTINGS_URL
from .test_workflow import LIST_URL, edit
from .twofactor import enrol, log_in, phone_code, send_code

pytestmark = pytest.mark.django_db
Action = ActivityEntry.Action
LOG_URL = "/quan-tri/articles/activityentry/"
OFFICE = "203.0.113.7"


def only_entry(**filters):
    """The one entry of the test (besides logins), and the assurance that there is exactly one."""
    entries = list(ActivityEntry.objects.exclude(action=Action.LOGIN).filter(**filters))
    assert len(entries) == 1, [(e.action, e.object_repr) for e in ActivityEntry.objects.all()]
    return entries[0]


def staff_client(user):
    client = Client(REMOTE_ADDR=OFFICE)
    client.force_login(user)
    return client


# Logins


def test_a_login_a_failed_login_and_a_logout_each_leave_one_entry(client, writer):
    log_in(client, writer, password="doan-sai")
    log_in(client, writer)
    client.post("/quan-tri/logout/", REMOTE_ADDR=OFFICE)

    failed, login, logout = ActivityEntry.objects.order_by("id")

    assert (failed.action, failed.actor, failed.actor_name) == (Action.LOGIN_FAILED, writer, writer.username)
    assert (login.action, login.actor, login.ip_address) == (Action.LOGIN, writer, OFFICE)
    assert (logout.action, logout.actor) == (Action.LOGOUT, writer)
    assert all(entry.ip_address == OFFICE for entry in (failed, login, logout))


def test_a_failed_login_for_no_such_account_names_what_was_typed(client):
    client.post("/quan-tri/login/", {"username": "khong-co-ai", "password": "doan-sai"}, REMOTE_ADDR=OFFICE)

    entry = only_entry()
    assert (entry.action, entry.actor, entry.actor_name) == (Action.LOGIN_FAILED, None, "khong-co-ai")


def test_a_wrong_code_is_one_second_factor_entry_and_the_login_names_how_it_was_made(client, editor):
    _device, codes = enrol(editor)
    log_in(client, editor)
    send_code(client, "000000")
    send_code(client, codes[0])

    failed, login = ActivityEntry.objects.order_by("id")

    assert (failed.action, failed.actor_name) == (Action.SECOND_FACTOR_FAILED, editor.username)
    assert (login.action, login.actor) == (Action.LOGIN, editor)
    assert login.note == "mã dự phòng (còn 9)"


def test_setting_up_the_second_factor_is_recorded(client, editor):
    log_in(client, editor)
    client.get("/quan-tri/xac-thuc/thiet-lap/")
    device = editor.totpdevice_set.get()

    client.post("/quan-tri/xac-thuc/thiet-lap/", {"code": phone_code(device)}, REMOTE_ADDR=OFFICE)

    entry = only_entry(action=Action.SECOND_FACTOR_ENROLLED)
    assert (entry.actor, entry.object_id, entry.ip_address) == (editor, str(editor.pk), OFFICE)


def test_changing_ones_password_is_recorded_and_ends_the_other_sessions(writer):
    laptop, phone = staff_client(writer), staff_client(writer)
    new_password = "Ha-Long-2026-bien-tap-moi"

    response = laptop.post(
        "/quan-tri/password_change/",
        {"old_password": "mat-khau-thu-nghiem", "new_password1": new_password, "new_password2": new_password},
    )

    assert response.status_code == 302
    entry = only_entry()
    assert (entry.action, entry.actor, entry.ip_address) == (Action.PASSWORD_CHANGED, writer, OFFICE)
    assert laptop.get("/quan-tri/").status_code == 200
    assert phone.get("/quan-tri/").status_code == 302


def test_a_site_admin_setting_a_password_is_recorded_without_the_password(site_admin, writer):
    admin_client, writers_phone = staff_client(site_admin), staff_client(writer)
    new_password = "Ha-Long-2026-bien-tap-moi"

    admin_client.post(
        f"/quan-tri/auth/user/{writer.pk}/password/",
        {"usable_password": "true", "password1": new_password, "password2": new_password},
    )

    entry = only_entry()
    assert (entry.action, entry.actor, entry.object_id) == (
        Action.PASSWORD_CHANGED,
        site_admin,
        str(writer.pk),
    )
    assert new_password not in str(entry.changes)
    assert writers_phone.get("/quan-tri/").status_code == 302


def test_giving_someone_a_role_is_recorded_before_and_after(site_admin, writer):
    # The colleague form (articles/admin_accounts.py): one role, staff status following it.
    response = staff_client(site_admin).post(
        f"/quan-tri/auth/user/{writer.pk}/change/",
        {
            "username": writer.username,
            "first_name": writer.first_name,
            "last_name": writer.last_name,
            "email": writer.email,
            "role": "Biên tập viên",
            "is_active": "on",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = only_entry()
    assert entry.action == Action.CHANGED and entry.object_type == "auth.user"
    assert entry.changes["role"] == ["Phóng viên", "Biên tập viên"]


# Articles


def test_an_article_created_in_the_admin_is_one_entry(editor, site_settings):
    from .test_admin import ADD_URL, article_form

    category = CategoryFactory(name="Tin xây dựng Đảng")

    staff_client(editor).post(ADD_URL, article_form(category, status="draft"))

    article = Article.objects.get()
    entry = only_entry()
    assert (entry.action, entry.object_type, entry.object_id) == (
        Action.CREATED,
        "articles.article",
        str(article.pk),
    )
    assert entry.object_repr == article.title and entry.actor == editor and entry.ip_address == OFFICE
    assert entry.changes["revision"] == article.revisions.get().pk


def test_a_saved_article_records_each_changed_field_before_and_after_and_the_text_by_revision(editor):
    article = ArticleFactory(title="Hội nghị chi bộ", status=Article.Status.DRAFT)

    edit(
        staff_client(editor),
        article,
        title="Hội nghị chi bộ tháng Ba",
        body="<p>Nội dung mới.</p>",
        status="draft",
    )

    entry = only_entry()
    revision = ArticleRevision.objects.get(article=article)
    assert entry.action == Action.CHANGED
    assert entry.changes["title"] == ["Hội nghị chi bộ", "Hội nghị chi bộ tháng Ba"]
    assert entry.changes["body"] == {"phiên bản": revision.pk}
    assert "Nội dung mới" not in str(entry.changes)


@pytest.mark.parametrize(
    ("before", "fields", "action"),
    [
        ("draft", {"status": "review"}, Action.SENT_FOR_REVIEW),
        ("review", {"status": "draft", "review_comment": "Bổ sung ảnh."}, Action.SENT_BACK),
        ("review", {"status": "published"}, Action.PUBLISHED),
        ("published", {"status": "draft"}, Action.UNPUBLISHED),
        (
            "draft",
            {"status": "published", "published_at_0": "2030-01-14", "published_at_1": "08:00:00"},
            Action.SCHEDULED,
        ),
    ],
)
def test_each_step_of_the_newsroom_is_named_in_the_log(editor, before, fields, action):
    article = ArticleFactory(status=before)
    fields.setdefault("published_at_0", timezone.localtime(article.published_at).strftime("%Y-%m-%d"))
    fields.setdefault("published_at_1", timezone.localtime(article.published_at).strftime("%H:%M:%S"))

    response = edit(staff_client(editor), article, **fields)

    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = only_entry()
    assert (entry.action, entry.object_id) == (action, str(article.pk))
    assert entry.changes["status"][0] == before


def test_a_writer_sending_for_review_is_recorded_as_the_writer(writer):
    article = ArticleFactory(author=writer, status=Article.Status.DRAFT)

    edit(staff_client(writer), article, status="review")

    assert only_entry().actor == writer


def test_bulk_publishing_leaves_one_entry_per_article(editor):
    articles = ArticleFactory.create_batch(3, status=Article.Status.REVIEW)

    staff_client(editor).post(LIST_URL, {"action": "publish", "_selected_action": [a.pk for a in articles]})

    entries = ActivityEntry.objects.exclude(action=Action.LOGIN)
    assert sorted(e.object_id for e in entries) == sorted(str(a.pk) for a in articles)
    assert {e.action for e in entries} == {Action.PUBLISHED}
    assert {e.note for e in entries} == {"Đăng hàng loạt"}


def test_deleting_an_article_is_recorded(editor):
    article = ArticleFactory(title="Bài sẽ bị xóa")

    staff_client(editor).post(f"/quan-tri/articles/article/{article.pk}/delete/", {"post": "yes"})

    entry = only_entry()
    assert (entry.action, entry.object_repr, entry.object_id) == (
        Action.DELETED,
        "Bài sẽ bị xóa",
        str(article.pk),
    )


def test_bulk_deleting_articles_leaves_one_entry_per_article(editor):
    articles = ArticleFactory.create_batch(2)

    staff_client(editor).post(
        LIST_URL, {"action": "delete_selected", "_selected_action": [a.pk for a in articles], "post": "yes"}
    )

    entries = ActivityEntry.objects.exclude(action=Action.LOGIN)
    assert not Article.objects.exists()
    assert sorted((e.action, e.object_repr) for e in entries) == sorted(
        (Action.DELETED, a.title) for a in articles
    )


def test_an_account_made_by_a_site_admin_is_recorded_without_its_password(site_admin):
    password = "Quang-Ninh-2026-bien-tap"

    staff_client(site_admin).post(
        "/quan-tri/auth/user/add/",
        {
            "username": "phongvien",
            "first_name": "Lan",
            "last_name": "Nguyễn",
            "email": "lan@example.vn",
            "role": "Phóng viên",
            "usable_password": "true",
            "password1": password,
            "password2": password,
        },
    )

    entry = only_entry()
    assert (entry.action, entry.object_repr, entry.actor) == (Action.CREATED, "phongvien", site_admin)
    assert password not in str(entry.changes) and entry.changes["username"] == [None, "phongvien"]


def test_restoring_a_revision_is_recorded_with_both_revisions(editor):
    from articles import revisions

    article = ArticleFactory(title="Bản đầu")
    first = revisions.record(article, editor)
    article.title = "Bản sau"
    article.save()

    staff_client(editor).post(f"/quan-tri/articles/article/{article.pk}/phien-ban/{first.pk}/khoi-phuc/")

    entry = only_entry()
    assert entry.action == Action.RESTORED and entry.note == f"Từ phiên bản #{first.pk}"
    assert entry.changes["revision"] == article.revisions.order_by("-pk").first().pk


# Everything else a site admin or an editor changes


def test_a_photo_category_page_closing_day_and_the_site_settings_each_leave_one_entry(
    editor, site_admin, site_settings
):
    photo = PhotoFactory(alt_text="Ảnh cũ")
    page = Page.objects.get(slug="gioi-thieu")
    editors, admins = staff_client(editor), staff_client(site_admin)

    editors.post(f"/quan-tri/articles/photo/{photo.pk}/change/", {"alt_text": "Lễ kết nạp"})
    editors.post("/quan-tri/articles/category/add/", {"name": "Tin cơ sở", "slug": "", "position": "0"})
    admins.post(
        f"/quan-tri/articles/page/{page.pk}/change/",
        {"title": "Giới thiệu chung", "slug": page.slug, "body": page.body, "is_published": "on"},
    )
    admins.post("/quan-tri/articles/closingday/add/", {"date": "2026-02-17", "reason": "Nghỉ Tết"})
    settings_form = {
        "site_name": "Bản tin Xây dựng Đảng",
        "first_open_day": "1",
        "last_open_day": "6",
        "morning_opens_at": "07:30",
        "morning_closes_at": "11:30",
        "afternoon_opens_at": "13:30",
        "afternoon_closes_at": "16:30",
        "address": site_settings.address,
        "phone": "0203.3999.999",
        "email": site_settings.email,
        "facebook_url": site_settings.facebook_url,
        "youtube_url": site_settings.youtube_url,
        "zalo": site_settings.zalo,
    }
    admins.post(SETTINGS_URL, settings_form)

    entries = {e.object_type: e for e in ActivityEntry.objects.exclude(action=Action.LOGIN)}
    assert ActivityEntry.objects.exclude(action=Action.LOGIN).count() == 5
    assert entries["articles.photo"].changes["alt_text"] == ["Ảnh cũ", "Lễ kết nạp"]
    assert entries["articles.category"].action == Action.CREATED
    assert entries["articles.category"].object_id == str(Category.objects.get(name="Tin cơ sở").pk)
    assert entries["articles.page"].changes["title"] == ["Giới thiệu", "Giới thiệu chung"]
    assert entries["articles.closingday"].object_id == str(ClosingDay.objects.get().pk)
    assert entries["articles.sitesettings"].changes["phone"] == ["0203.6500.163", "0203.3999.999"]
    assert entries["articles.sitesettings"].actor == site_admin
    assert SiteSettings.load().phone == "0203.3999.999"


def test_a_photo_uploaded_from_the_editor_is_recorded(editor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .factories import jpeg_bytes

    staff_client(editor).post(
        "/quan-tri/tai-anh/", {"upload": SimpleUploadedFile("anh.jpg", jpeg_bytes(), "image/jpeg")}
    )

    entry = only_entry()
    assert (entry.action, entry.object_type) == (Action.CREATED, "articles.photo")


def test_reading_the_site_records_nothing(client, reader_site):
    for url in [
        "/",
        reader_site.category.get_absolute_url(),
        reader_site.article.get_absolute_url(),
        "/tim-kiem/?q=dang",
    ]:
        assert client.get(url).status_code == 200

    assert not ActivityEntry.objects.exists()


def test_an_import_from_the_command_line_is_recorded(tmp_path):
    export = tmp_path / "bai.jsonl"
    line = {
        "title": "Bài cũ",
        "body": "<p>Nội dung.</p>",
        "status": "published",
        "published_at": "2019-05-01T08:00:00+07:00",
        "category": "Tin cũ",
    }
    export.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    call_command("import_articles", str(export), stdout=open("/dev/null", "w"))

    entry = only_entry()
    assert (entry.action, entry.via, entry.ip_address) == (Action.IMPORTED, "import_articles", None)
    assert entry.changes["bài"] == {"imported": 1} and entry.note == str(export)


def test_an_action_costs_one_insert_into_the_log(editor):
    from django.db import connection as default_connection
    from django.test.utils import CaptureQueriesContext

    article = ArticleFactory(status=Article.Status.DRAFT)
    editors = staff_client(editor)

    with CaptureQueriesContext(default_connection) as queries:
        edit(editors, article, title="Tiêu đề mới", status="draft")

    log_statements = [q["sql"] for q in queries if "articles_activityentry" in q["sql"]]
    # The head of the chain, then the entry (and on PostgreSQL the advisory lock before them).
    assert [sql.split()[0] for sql in log_statements] == ["SELECT", "INSERT"]


# Failures never stop the action


def test_an_action_goes_through_when_its_entry_cannot_be_written(editor, caplog):
    article = ArticleFactory(title="Hội nghị chi bộ", status=Article.Status.DRAFT)
    with connection.cursor() as cursor:  # rolled back with the test's transaction
        cursor.execute("DROP TABLE articles_activityentry")

    response = edit(staff_client(editor), article, title="Hội nghị chi bộ tháng Ba", status="draft")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Hội nghị chi bộ tháng Ba"
    assert "activity log: could not record" in caplog.text


# The chain


def test_the_chain_check_passes_on_an_untouched_log_and_names_an_edited_entry(client, writer, capsys):
    for _ in range(3):
        log_in(client, writer)
    call_command("check_activity_log")
    assert "Chuỗi băm nguyên vẹn: 3 mục." in capsys.readouterr().out
    second = ActivityEntry.objects.order_by("id")[1]

    ActivityEntry.objects.filter(pk=second.pk).update(ip_address="198.51.100.20")

    with pytest.raises(CommandError, match=f"mục #{second.pk}: nội dung không khớp mã băm"):
        call_command("check_activity_log")


def test_the_chain_check_names_the_entry_after_a_deleted_one(client, writer):
    for _ in range(3):
        log_in(client, writer)
    _first, second, third = ActivityEntry.objects.order_by("id")

    second.delete()

    with pytest.raises(CommandError, match=f"mục #{third.pk}: không nối với mục trước"):
        call_command("check_activity_log")


def test_an_edit_that_recomputes_the_hash_still_breaks_the_next_link(client, writer):
    for _ in range(3):
        log_in(client, writer)
    _first, second, third = ActivityEntry.objects.order_by("id")

    second.actor_name = "nguoikhac"
    second.hash = second.compute_hash()
    second.save()

    assert activity.first_broken_link()[0] == third.pk


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    "sqlite" in __import__("os").environ.get("DATABASE_URL", "sqlite"),
    reason="the tests' SQLite is in memory, where a second writer fails at once instead of waiting",
)
def test_two_writers_at_once_never_fork_the_chain():
    def write(n):
        try:
            for i in range(15):
                activity.record(Action.BACKED_UP, actor_name=f"tien-trinh-{n}", note=str(i))
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert ActivityEntry.objects.count() == 30
    assert activity.first_broken_link() is None
    assert len(set(ActivityEntry.objects.values_list("previous_hash", flat=True))) == 30


def test_pruning_removes_entries_past_the_retention_and_the_chain_still_holds(
    client, writer, time_machine, settings
):
    time_machine.move_to("2024-01-01 08:00 +07:00", tick=False)
    log_in(client, writer)
    log_in(client, writer)
    time_machine.move_to("2026-03-02 08:00 +07:00", tick=False)
    log_in(client, writer)
    assert settings.ACTIVITY_LOG_RETENTION_DAYS == 730

    call_command("prune_activity_log", stdout=open("/dev/null", "w"))

    kept = list(ActivityEntry.objects.order_by("id"))
    assert [e.action for e in kept] == [Action.LOGIN, Action.LOG_PRUNED]
    assert kept[1].changes["số mục"] == 2
    assert activity.first_broken_link() is None


def test_deleting_the_oldest_entries_by_hand_is_found(client, writer):
    for _ in range(3):
        log_in(client, writer)
    first, second, _ = ActivityEntry.objects.order_by("id")

    first.delete()

    assert activity.first_broken_link() == (second.pk, "mục đầu tiên trỏ tới một mục không còn (đã bị xóa?)")


# Reading it in the admin


def add_entries(count):
    for n in range(count):
        activity.record(Action.LOGIN_FAILED, actor_name=f"khach{n}", note="thử")


@pytest.mark.parametrize("count", [1, 10])
def test_the_log_list_runs_a_fixed_number_of_queries(site_admin_client, count, django_assert_num_queries):
    add_entries(count)
    site_admin_client.get(LOG_URL)  # the session's first request writes "last seen"

    # session, user, the user's own and groups' permissions (2), the people who appear (the person filter),
    # the count, the page of entries, the date hierarchy's first and last dates and its days (2), the object
    # types (the object filter)
    with django_assert_num_queries(10):
        response = site_admin_client.get(LOG_URL)

    assert response.status_code == 200
    assert response.content.decode().count("khach") >= count


def test_only_site_admins_read_the_log(editor, site_admin):
    assert staff_client(editor).get(LOG_URL).status_code == 403
    assert staff_client(site_admin).get(LOG_URL).status_code == 200


def test_nobody_changes_or_deletes_an_entry_through_the_site(site_admin_client):
    superuser_client = staff_client(UserFactory(is_superuser=True))
    add_entries(1)
    entry = ActivityEntry.objects.get(action=Action.LOGIN_FAILED)

    for client in (site_admin_client, superuser_client):
        change_page = client.get(f"{LOG_URL}{entry.pk}/change/")
        deleted = client.post(f"{LOG_URL}{entry.pk}/delete/", {"post": "yes"})
        bulk = client.post(
            LOG_URL, {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"}
        )
        assert 'name="actor_name"' not in change_page.content.decode()
        assert deleted.status_code == 403
        assert bulk.status_code in (200, 302)

    assert ActivityEntry.objects.get(pk=entry.pk).hash == entry.hash


def test_the_log_is_filtered_by_person_and_action_and_exported_as_csv(site_admin_client, writer):
    other = UserFactory(username="nguoikhac")
    activity.record(Action.LOGIN, actor=writer, note='=HYPERLINK("http://x")')
    activity.record(Action.LOGOUT, actor=writer)
    activity.record(Action.LOGIN, actor=other)

    listing = site_admin_client.get(LOG_URL, {"actor__id__exact": writer.pk, "action__exact": "login"})
    export = site_admin_client.get(
        f"{LOG_URL}csv/", {"actor__id__exact": writer.pk, "action__exact": "login"}
    )
    text = b"".join(export.streaming_content).decode("utf-8-sig")

    assert listing.context["cl"].result_count == 1
    assert f'href="{LOG_URL}csv/?actor__id__exact={writer.pk}&amp;action__exact=login">Xuất CSV' in (
        listing.content.decode()
    )
    assert export["Content-Type"] == "text/csv; charset=utf-8"
    lines = text.strip().splitlines()
    assert lines[0].startswith("Số,Thời điểm,Người thực hiện,Hành động")
    assert len(lines) == 2 and writer.username in lines[1] and "Đăng nhập" in lines[1]
    assert "'=HYPERLINK" in lines[1]


def test_the_log_filters_by_date(site_admin_client, time_machine):
    time_machine.move_to("2026-01-05 09:00 +07:00", tick=False)
    add_entries(1)
    time_machine.move_to("2026-03-02 09:00 +07:00", tick=False)
    add_entries(2)

    listing = site_admin_client.get(
        LOG_URL, {"created_at__year": "2026", "created_at__month": "3", "created_at__day": "2"}
    )

    assert listing.context["cl"].result_count == 2


def test_an_editor_cannot_export_the_log(editor_client):
    assert editor_client.get(f"{LOG_URL}csv/").status_code == 403


def test_an_entry_made_before_a_day_shift_keeps_its_hash(db):
    entry = activity.record(
        Action.LOGIN_FAILED, actor_name="khach", changes={"ngày": datetime.date(2026, 3, 2)}
    )
    stored = ActivityEntry.objects.get(pk=entry.pk)

    assert stored.compute_hash() == stored.hash


@pytest.mark.slow
def test_a_backup_and_a_restore_from_the_command_line_are_recorded_and_the_chain_holds(tmp_path):
    from .test_backups import instance, manage

    with instance(tmp_path, "nhatky", "sqlite") as env:
        manage(env, "migrate", "-v", "0")
        manage(env, "backup", "--output-dir", str(tmp_path / "backups"))
        [archive] = (tmp_path / "backups").glob("bantin-*.tar.gz")
        after_backup = json.loads(manage(env, "dumpdata", "articles.activityentry", "-v", "0"))
        manage(env, "restore", str(archive), "--force")
        after_restore = json.loads(manage(env, "dumpdata", "articles.activityentry", "-v", "0"))
        checked = manage(env, "check_activity_log")

    assert [(e["fields"]["action"], e["fields"]["via"]) for e in after_backup] == [("backed_up", "backup")]
    assert after_backup[0]["fields"]["note"] == str(archive)
    # The archive was made before its own entry; the restored log goes on from the archive's with the restore.
    assert [(e["fields"]["action"], e["fields"]["via"]) for e in after_restore] == [
        ("backup_restored", "restore")
    ]
    assert "Chuỗi băm nguyên vẹn: 1 mục." in checked
