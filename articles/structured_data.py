"""schema.org data (JSON-LD) about the institution and the articles, for search engines and link previews."""

from django.utils import timezone

from .hours import open_weekdays, sessions

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def organization(site, home_url):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "@id": f"{home_url}#to-chuc",
        "name": site.site_name,
        "url": home_url,
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [
                    f"https://schema.org/{SCHEMA_DAYS[day]}"
                    for day in open_weekdays(site.first_open_day, site.last_open_day)
                ],
                "opens": opens.strftime("%H:%M"),
                "closes": closes.strftime("%H:%M"),
            }
            for opens, closes in sessions(site)
        ],
    }
    if site.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": site.address, "addressCountry": "VN"}
    if site.phone:
        data["telephone"] = site.phone
    if site.email:
        data["email"] = site.email
    same_as = [url for url in (site.facebook_url, site.youtube_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data


def local_iso(moment):
    """In Vietnam time, to the second, as the page's own <time> elements show it."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def news_article(article, url, home_url, image_url):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead,
        "datePublished": local_iso(article.published_at),
        "dateModified": local_iso(article.updated_at),
        "articleSection": article.category.name,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "publisher": {"@id": f"{home_url}#to-chuc"},
    }
    if image_url:
        data["image"] = [image_url]
    return data
