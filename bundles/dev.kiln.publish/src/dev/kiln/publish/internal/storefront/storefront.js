// Kiln storefront: filters the appliance cards of index.html by search words and category, and shows
// an appliance page's update source as an absolute address.
// Plain script, no libraries; without it every card shows.
(function () {
	'use strict';
	// an appliance page's update source: the absolute address of its relative link
	Array.prototype.forEach.call(document.querySelectorAll('.site-url[data-href]'), function (element) {
		element.textContent = new URL(element.getAttribute('data-href'), document.baseURI).href;
	});
	var search = document.getElementById('search');
	var category = document.getElementById('category');
	var count = document.getElementById('count');
	var list = document.getElementById('appliances');
	if (!search || !category || !count || !list) {
		return;
	}
	var cards = Array.prototype.slice.call(list.children);

	function words(text) {
		return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
	}

	function matches(card, wanted, chosen) {
		if (chosen && card.getAttribute('data-categories').indexOf(' ' + chosen + ' ') < 0) {
			return false;
		}
		var text = card.getAttribute('data-search');
		return wanted.every(function (word) { return text.indexOf(' ' + word) >= 0; });
	}

	function update() {
		var wanted = words(search.value);
		var chosen = category.value;
		var shown = 0;
		cards.forEach(function (card) {
			var visible = matches(card, wanted, chosen);
			card.hidden = !visible;
			if (visible) {
				shown++;
			}
		});
		var template = shown === 0 ? count.getAttribute('data-none')
			: shown === 1 ? count.getAttribute('data-one') : count.getAttribute('data-many');
		count.textContent = template.replace('{0}', String(shown));
	}

	search.addEventListener('input', update);
	category.addEventListener('change', update);
	update();
}());
