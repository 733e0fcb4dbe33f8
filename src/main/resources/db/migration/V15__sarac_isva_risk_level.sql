-- SARAC: besides the four criteria, the ISVA records a risk level (high, medium, standard) with reasons, and that
-- level orders the agenda. It is a choice question whose points give the band, added as the next version of the
-- current SARAC checklist (so any version an administrator published is built on, and earlier assessments keep the
-- version they were scored with). The reasons go in the question's notes, as for every checklist answer.
insert into checklist_version (id, checklist_code, conference_kind_code, version, name, definition, published_at, published_by, change_note)
select '6f1f4b8e-2f0a-4c55-9d7e-0a1d2c3b4a15', checklist_code, conference_kind_code, version + 1, name,
       jsonb_set(jsonb_set(definition, '{questions}', (definition -> 'questions') || '[{"id": "isva-risk-level",
           "section": "ISVA risk assessment", "text": "What is the ISVA''s assessment of the risk to the victim?",
           "guidance": "Give the reasons for this level in the notes: they order the agenda.", "kind": "CHOICE",
           "choices": [{"value": "STANDARD", "label": "Standard", "points": 0}, {"value": "MEDIUM", "label": "Medium", "points": 1},
                       {"value": "HIGH", "label": "High", "points": 2}]}]'::jsonb),
           '{bands}', '[{"band": "STANDARD", "from": 0}, {"band": "MEDIUM", "from": 1}, {"band": "HIGH", "from": 2}]'::jsonb),
       now(), 'Roundtable', 'The ISVA''s risk level, with reasons, orders the agenda'
from checklist_version
where checklist_code = 'SARAC_CRITERIA'
  and not (definition -> 'questions') @> '[{"id": "isva-risk-level"}]'::jsonb
order by version desc
limit 1;
