{%- extends 'base.tpl' -%}
{%- block title -%}문제가 생겼어요{%- endblock -%}
{%- block body -%}
<div class="panel-body">
채점 도구에 문제가 생겼어요. 잠시 뒤 다시 해 보고, 계속되면 구청 담당자에게 알려 주세요.
<span id="error-{{ error_code }}"></span>
</div>
{%- endblock -%}
