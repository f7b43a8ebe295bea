{#- academy_ko.js with its table: in base.tpl and injected into the one-submission grading page. -#}
<script>
var academy_translations = {{ academy_translations }};
{% include "academy_ko.js" %}
</script>
