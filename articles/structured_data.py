"""schema.org data (JSON-LD) about the institution and the articles, for search engines and link previews."""

from django.utils import timezone

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def organization(site, home_url):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "@id": f"{home_url}#to-chuc",
        "name": site.site_name,
        "url": home_url,
        # One specification per session and per group of weekdays with the same hours (site.week()).
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in weekdays],
                "opens": opens.strftime("%H:%M"),
                "closes": closes.strftime("%H:%M"),
            }
            for weekdays, day_sessions in site.week().groups()
            for opens, closes in day_sessions
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


def legislation(document, url, home_url, file_urls):
    """A document of the library as schema.org's Legislation (its number, issuer, dates, force, files)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": f"{document.title}: {document.abstract}"[:300],
        "legislationIdentifier": document.number,
        "legislationType": document.document_type.name,
        "legislationDate": document.issued_on.isoformat(),
        "legislationPassedBy": {"@type": "Organization", "name": document.issuer.name},
        "legislationLegalForce": "https://schema.org/"
        + ("InForce" if document.is_in_force else "NotInForce"),
        "abstract": document.abstract,
        "inLanguage": "vi",
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": local_iso(document.published_at),
        "dateModified": local_iso(document.updated_at),
        "publisher": {"@id": f"{home_url}#to-chuc"},
    }
    if document.effective_on:
        data["legislationDateOfApplicability"] = document.effective_on.isoformat()
    if document.expires_on:
        data["expires"] = document.expires_on.isoformat()
    if document.signer:
        data["author"] = {"@type": "Person", "name": document.signer}
    if file_urls:
        data["encoding"] = [
            {"@type": "MediaObject", "contentUrl": file_url, "encodingFormat": content_type, "name": name}
            for file_url, content_type, name in file_urls
        ]
    return data
