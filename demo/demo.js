// Demo page only: the language menu sets `lang` on every wegweiser element,
// as a site's own language switcher would. Not part of the kit.
const select = document.getElementById('lang-switch');
const params = new URLSearchParams(location.search);
const initial = params.get('lang');

function apply(lang) {
  for (const el of document.querySelectorAll('ww-service-finder, ww-route-time, ww-programme-directory, ww-wegweiser')) {
    el.setAttribute('lang', lang);
  }
}

if (initial) {
  select.value = initial;
  apply(initial);
}
select.addEventListener('change', () => {
  apply(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
