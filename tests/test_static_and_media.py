import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import Client, override_settings

from .factories import PhotoFactory

pytestmark = pytest.mark.django_db

YEAR = "public, max-age=31536000, immutable"


@pytest.fixture
def collected_static(tmp_path, settings):
    """collectstatic as production runs it, of our own files only (the admin's and the editor's take long)."""
    with override_settings(
        STATIC_ROOT=tmp_path / "static",
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path / "static"


def test_stylesheet_is_collected_hashed_with_gzip_and_brotli(collected_static):
    hashed = staticfiles_storage.stored_name("css/site.css")

    assert hashed != "css/site.css"
    for suffix in ["", ".gz", ".br"]:
        assert (collected_static / f"{hashed}{suffix}").is_file(), suffix


@pytest.mark.parametrize(("accept", "encoding"), [("br, gzip", "br"), ("gzip", "gzip"), ("", None)])
def test_hashed_stylesheet_is_served_compressed_and_cached_for_ever(collected_static, accept, encoding):
    url = staticfiles_storage.url("css/site.css")

    response = Client().get(url, headers={"accept-encoding": accept})  # whitenoise reads the new STATIC_ROOT

    assert response.status_code == 200
    assert response.get("Content-Encoding") == encoding
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert "Accept-Encoding" in response["Vary"]


def test_pages_link_the_hashed_stylesheet(collected_static, client, site_settings):
    html = client.get("/").content.decode()

    assert f'href="{staticfiles_storage.url("css/site.css")}"' in html


def test_uploaded_photos_are_cached_for_a_year(client, settings):
    assert settings.SERVE_MEDIA
    photo = PhotoFactory()

    for url in [photo.url, photo.fallback_url]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == YEAR


def test_a_missing_upload_is_404(client):
    assert client.get("/media/photos/2026/11/khong-co.jpg").status_code == 404
