import type { Page } from "playwright-core";

interface Control {
  key: string;
  label: string;
  /** Radios sharing a name are one tab stop; arrows move within the group. */
  group?: string;
}

/**
 * Tabs through the page as a keyboard user would and names every visible interactive control the
 * focus never reached, and every one taken out of the tab order (tabindex=-1) outside a composite
 * widget that manages focus itself. An editor that keeps Tab gets the usual way out: Escape, then Tab.
 */
export async function keyboardFindings(page: Page): Promise<string[]> {
  const { controls, unreachable } = await page.evaluate(() => {
    const interactiveSelector = [
      "a[href]", "area[href]", "button", "input:not([type=hidden])", "select", "textarea", "summary", "[contenteditable='']",
      "[contenteditable='true']",
      ...["button", "link", "slider", "checkbox", "radio", "tab", "switch", "menuitem", "option", "combobox", "textbox", "spinbutton", "searchbox"].map((r) => `[role=${r}]`),
    ].join(",");
    // Anything with a tabindex is in (or deliberately out of) the tab order, so it is checked too.
    const selector = `${interactiveSelector},[tabindex]`;
    const interactive = (el: Element) => el.matches(interactiveSelector);
    const composite = "[role=tablist],[role=radiogroup],[role=listbox],[role=grid],[role=menu],[role=menubar],[role=toolbar],[role=tree],[role=treegrid]";
    const describe = (el: Element) => {
      const name = el.getAttribute("aria-label") ?? (el as HTMLElement).innerText?.trim().slice(0, 40) ?? "";
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${name || el.getAttribute("name") || el.getAttribute("title") || ""}"`;
    };
    const controls: Control[] = [];
    const unreachable: string[] = [];
    document.querySelectorAll(selector).forEach((el, i) => {
      const html = el as HTMLElement;
      if (!html.checkVisibility({ visibilityProperty: true }) || (el as HTMLButtonElement).disabled || el.closest("[inert]")) return;
      if (html.tabIndex < 0) {
        const managed = el.closest(composite)?.querySelector("[tabindex='0']");
        if (interactive(el) && !managed) unreachable.push(`${describe(el)} has tabindex=-1, so the keyboard cannot reach it`);
        return;
      }
      html.dataset.crawlKey = String(i);
      const radio = el instanceof HTMLInputElement && el.type === "radio" && el.name ? `radio:${el.name}` : undefined;
      // Roving tabindex (one tab stop among siblings, arrows move it, e.g. heatmap cells): the
      // stop may move while tabbing elsewhere, so any sibling taking focus counts for the group.
      const siblings = [...(el.parentElement?.children ?? [])].filter((s) => s.tagName === el.tagName && s.hasAttribute("tabindex"));
      const roving = siblings.some((s) => s.getAttribute("tabindex") === "-1");
      if (roving) siblings.forEach((s) => ((s as HTMLElement).dataset.crawlRoving = String(i)));
      controls.push({ key: String(i), label: describe(el), group: roving ? `roving:${i}` : radio });
    });
    return { controls, unreachable };
  });

  const activeKey = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const roving = (active as HTMLElement | null)?.dataset?.crawlRoving;
      const owner = active?.closest<HTMLElement>("[data-crawl-key]");
      return {
        key: roving !== undefined ? `roving:${roving}` : (owner?.dataset.crawlKey ?? null),
        editable: active instanceof HTMLTextAreaElement || (active as HTMLElement | null)?.isContentEditable === true,
      };
    });

  const wanted = new Set(controls.map((c) => c.group ?? c.key));
  const groupOf = new Map<string, string>(controls.map((c) => [c.key, c.group ?? c.key]));
  const reached = new Set<string>();
  const traps: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let previous: string | null = null;
  let first: string | null = null;
  for (let presses = 0; presses < controls.length * 2 + 10 && reached.size < wanted.size; presses++) {
    await page.keyboard.press("Tab");
    let now = await activeKey();
    if (now.key !== null && now.key === previous && now.editable) {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Tab");
      now = await activeKey();
      if (now.key === previous) {
        traps.push(`keyboard trap: Tab and Escape+Tab both stay in ${controls.find((c) => c.key === now.key)?.label}`);
        break;
      }
    }
    if (now.key !== null) {
      // Back at the first control: the tab order has wrapped round.
      if (now.key === first && reached.size > 1) break;
      first ??= now.key;
      reached.add(groupOf.get(now.key) ?? now.key);
    }
    previous = now.key;
  }
  // A figure may redraw while focus moves through it (linked heatmaps do); controls it replaced are gone, not missed.
  const present = new Set(await page.evaluate((keys) => keys.filter((k) => document.querySelector(`[data-crawl-key="${k}"]`)), controls.map((c) => c.key)));
  const missed = controls.filter((c) => present.has(c.key) && !reached.has(c.group ?? c.key)).map((c) => `${c.label} is never reached with Tab`);
  return [...unreachable, ...traps, ...[...new Set(missed)]];
}
