-- Which checklist version a conference kind uses now is asked on every submit and score (issue 18): one descent.
create index checklist_version_current_for_kind
    on checklist_version (conference_kind_code, purpose, checklist_code, version desc);
