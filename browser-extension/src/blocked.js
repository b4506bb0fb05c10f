// Names the blocked site on the explanation page (as text, never as markup).
const site = new URLSearchParams(window.location.search).get('site');
if (site) document.getElementById('site').textContent = site;
