/**
 * A widget's accessible name on its page: its title, numbered from the second instance on ("Attention lab 2"), so that
 * two labs of one kind on a page are two distinct landmarks (axe: landmark-unique). `instanceId` is the id the
 * pipeline gives each instance: the widget's name, then `name-2`, `name-3`, ….
 */
export function instanceName(title: string, instanceId: string): string {
  const number = /-(\d+)$/.exec(instanceId)?.[1];
  return number === undefined ? title : `${title} ${number}`;
}
