"""Every write of an article, and the rules it carries (see ARCHITECTURE.md).

- `workflow`: who may do what, and the workflow steps (submit, publish, …);
- `editing`: create, update and delete, with the stale-edit check;
- `relations`: byline, tags, skills, related reads, their record on revisions, the announcement;
- `preview`: signed guest preview links.
"""

from articles.services.editing import (
    ARTICLE_FIELDS,
    EDITOR_FIELDS,
    WORKFLOW_FIELDS,
    ArticleEdits,
    StaleEdit,
    article_check_fresh,
    article_create,
    article_delete,
    article_update,
    article_version,
    articles_bulk_create,
    stale_message,
)
from articles.services.preview import (
    preview_article_id,
    preview_links_live,
    preview_revoke_all,
    preview_share,
    preview_token,
)
from articles.services.relations import (
    article_record_relations,
    article_relation_names,
    author_for_user,
    byline_from_names,
    suggest_skills_for_article,
    tag_name_errors,
)
from articles.services.workflow import (
    EDITOR_ONLY,
    TRANSITIONS,
    Action,
    User,
    action_label,
    article_apply,
    article_archive,
    article_can,
    article_check,
    article_is_own,
    article_publish,
    article_send_back,
    article_submit,
    article_unpublish,
    article_withdraw,
    user_is_editor,
    user_is_writer,
)

__all__ = [
    "ARTICLE_FIELDS",
    "EDITOR_FIELDS",
    "EDITOR_ONLY",
    "TRANSITIONS",
    "WORKFLOW_FIELDS",
    "Action",
    "ArticleEdits",
    "StaleEdit",
    "User",
    "action_label",
    "article_apply",
    "article_archive",
    "article_can",
    "article_check",
    "article_check_fresh",
    "article_create",
    "article_delete",
    "article_is_own",
    "article_publish",
    "article_record_relations",
    "article_relation_names",
    "article_send_back",
    "article_submit",
    "article_unpublish",
    "article_update",
    "article_version",
    "article_withdraw",
    "articles_bulk_create",
    "author_for_user",
    "byline_from_names",
    "preview_article_id",
    "preview_links_live",
    "preview_revoke_all",
    "preview_share",
    "preview_token",
    "stale_message",
    "suggest_skills_for_article",
    "tag_name_errors",
    "user_is_editor",
    "user_is_writer",
]
