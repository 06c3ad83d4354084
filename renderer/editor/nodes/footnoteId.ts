/** The `id` attribute shared by a footnote reference and its body (`data-footnote` in the DOM). */
export const footnoteIdAttribute = {
  default: 1,
  parseHTML: (el: HTMLElement): number => Number(el.getAttribute('data-footnote')) || 1,
  renderHTML: (attrs: Record<string, unknown>): Record<string, string> => ({ 'data-footnote': String(attrs.id) }),
};
