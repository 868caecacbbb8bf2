// ------------------------------------------------------------------------------------------------
// Vocabulary and small text helpers

export const ENTITIES = [
  'user', 'order', 'product', 'invoice', 'customer', 'session', 'report', 'photo', 'album', 'comment',
  'post', 'notification', 'team', 'project', 'task', 'payment', 'cart', 'review', 'address', 'shipment',
  'ticket', 'message', 'profile', 'upload', 'tag', 'category', 'event', 'booking', 'coupon',
  'subscription', 'article', 'playlist', 'device', 'warehouse', 'vendor', 'employee', 'schedule',
  'recipe', 'lesson', 'lineItem', 'paymentMethod', 'auditLog', 'workspace', 'invitation', 'refund',
  'channel', 'document', 'folder', 'contact', 'lead', 'campaign', 'asset', 'milestone', 'sprint',
];
export const FEATURES = [
  'auth', 'billing', 'checkout', 'dashboard', 'inventory', 'onboarding', 'search', 'settings', 'admin',
  'analytics', 'gallery', 'messaging', 'account', 'reports', 'catalog', 'support', 'scheduling',
  'shipping', 'marketing', 'teams', 'notifications', 'uploads', 'integrations', 'crm',
];
export const COMP_SUFFIX = [
  'Card', 'List', 'Form', 'Details', 'Table', 'Modal', 'Row', 'Panel', 'Header', 'Summary', 'Editor',
  'Picker', 'Badge', 'Filter', 'Item', 'Grid', 'View', 'Drawer', 'Toolbar', 'Section', 'Banner',
  'Preview', 'Sidebar', 'Tabs', 'Wizard', 'Stats',
];
export const SERVICES = ['api', 'gateway', 'worker', 'billing-service', 'media-service', 'notifier'];
export const PACKAGES_DIRS = ['web', 'admin', 'mobile-web', 'portal'];

export const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const snakeUpper = (s) => s.replace(/([A-Z])/g, '_$1').toUpperCase();
export const kebab = (s) => s.replace(/([A-Z])/g, '-$1').toLowerCase().replace(/^-/, '');
function plural(w) {
  if (/(s|x|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}
export function entity(w) {
  const pl = plural(w);
  return { name: w, Name: cap(w), plural: pl, Plural: cap(pl), NAME: snakeUpper(w), kebab: kebab(w) };
}
export function indent(text, n) {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l.length ? pad + l : l))
    .join('\n');
}
export function countLines(text) {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
