"""`{% cached_page_part "name" %}…{% endcached_page_part %}`: a part of a page
kept in the cache, so that a view which misses the shared HTTP cache (its entry
expired, a signed-in editor, a second front cache) need not fetch and render it
again.

Wagtail's page fragment cache (`{% wagtailpagecache %}`: keyed on the page's
state and site, and never used for previews), also keyed on:
- the site's content generation (`content_generation`), which changes whenever
  a page, image, category or setting does, so a part that shows other pages
  (related posts, authors' cards) is never older than they are;
- the scheme and host the request came to, since share links and the canonical
  address are absolute (`cacheable_origin`: the site's own, and a few others).

The part must show nothing that depends on the reader: no form (its CSRF token),
nothing for a signed-in user. It lives for PAGE_PART_CACHE_SECONDS (0: never kept).
"""

from django import template
from django.conf import settings
from django.template import Variable
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from firm_site.base.furniture import cacheable_origin, content_generation

register = template.Library()

TIMEOUT_VAR = "page_part_timeout"
GENERATION_VAR = "page_part_generation"
ORIGIN_VAR = "page_part_origin"


class PagePartCacheNode(WagtailPageCacheNode):
    def __init__(self, nodelist, fragment_name):
        super().__init__(
            nodelist,
            expire_time_var=Variable(TIMEOUT_VAR),
            fragment_name=fragment_name,
            vary_on=[Variable(GENERATION_VAR), Variable(ORIGIN_VAR)],
            cache_name=None,
        )

    def render(self, context):
        request = context.get("request")
        origin = cacheable_origin(request) if request and settings.PAGE_PART_CACHE_SECONDS else None
        if origin is None:
            return self.nodelist.render(context)
        with context.update(
            {
                TIMEOUT_VAR: settings.PAGE_PART_CACHE_SECONDS,
                GENERATION_VAR: content_generation(request),
                ORIGIN_VAR: origin,
            }
        ):
            return super().render(context)


@register.tag("cached_page_part")
def cached_page_part(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(f'Usage: {{% {bits[0]} "name" %}}')
    nodelist = parser.parse(("endcached_page_part",))
    parser.delete_first_token()
    return PagePartCacheNode(nodelist, bits[1][1:-1])
