from django import template

register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(image, sizes="100vw", loading="lazy", css_class=""):
    """Return a <picture> with AVIF, WebP and original-format renditions of a library image."""
    return {"image": image, "sizes": sizes, "loading": loading, "css_class": css_class}
