// How a person is named in official text: the title first, then the name ("党组书记、局长张明").

export function titledName(name: string, title: string | undefined): string {
  return `${title ?? ''}${name}`;
}
