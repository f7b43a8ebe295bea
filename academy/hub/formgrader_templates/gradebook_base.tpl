{%- extends 'base.tpl' -%}
{%- block title -%}직접 채점{%- endblock -%}
{%- block sidebar -%}{% with active="gradebook" %}{% include "menu.tpl" %}{% endwith %}{%- endblock -%}
