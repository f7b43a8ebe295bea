{%- extends 'base.tpl' -%}
{%- block title -%}수강생 관리{%- endblock -%}
{%- block sidebar -%}{% with active="students" %}{% include "menu.tpl" %}{% endwith %}{%- endblock -%}
