// Progressive enhancement only: every page works without this script.
(() => {
    "use strict";

    // Dates: the server writes them in the browser's language (Accept-Language) in UTC; here they move to the viewer's time zone.
    const dateFormat = new Intl.DateTimeFormat(navigator.languages, { dateStyle: "medium", timeStyle: "short" });
    for (const time of document.querySelectorAll("time[datetime]")) {
        const value = new Date(time.getAttribute("datetime"));
        if (!Number.isNaN(value.getTime())) {
            time.textContent = dateFormat.format(value);
        }
    }

    // Account search: suggests accounts of the registry as the CSM types (GET /api/accounts?search=, as the signed-in user).
    for (const input of document.querySelectorAll("input[data-account-search]")) {
        const list = document.getElementById(input.getAttribute("list"));
        let pending = null;
        input.addEventListener("input", () => {
            clearTimeout(pending);
            const text = input.value.trim();
            if (text.length < 2 || !list) {
                return;
            }
            pending = setTimeout(async () => {
                const response = await fetch(`/api/accounts?limit=20&search=${encodeURIComponent(text)}`, { headers: { Accept: "application/json" } });
                if (!response.ok) {
                    return;
                }
                const page = await response.json();
                list.replaceChildren(...page.items.map(account => {
                    const option = document.createElement("option");
                    option.value = account.accountId;
                    option.label = `${account.name} (${account.country}, ${account.planTier})`;
                    return option;
                }));
            }, 200);
        });
    }

    // Theme select: only the chosen area's themes are offered (the server refuses a theme of another area anyway).
    for (const themes of document.querySelectorAll("select[data-themes-of]")) {
        const area = document.getElementById(themes.getAttribute("data-themes-of"));
        if (!area) {
            continue;
        }
        const offer = () => {
            for (const group of themes.querySelectorAll("optgroup[data-area]")) {
                const mine = group.getAttribute("data-area") === area.value;
                group.hidden = !mine;
                group.disabled = !mine;
            }
            if (themes.selectedOptions.length > 0 && themes.selectedOptions[0].parentElement.disabled) {
                themes.value = "";
            }
        };
        area.addEventListener("change", offer);
        offer();
    }

    // A running import refreshes its progress every two seconds until it finishes.
    const running = document.querySelector('[data-refresh-while-running="true"]');
    if (running) {
        setTimeout(() => window.location.reload(), 2000);
    }
})();
