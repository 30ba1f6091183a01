// The organisation: leaders, staff, units, categories and sources, the settings, and how names are written.
// What each file offers:
//   names — How a person is named in official text: the title first, then the name ("党组书记、局长张明").
//   org — The organisation the office serves: leaders (in rotation order), staff, units, categories, sources.
//   settings — The settings an office may change after init, as a table: key → what it is and how a typed value is checked.
export * from './names.js';
export * from './org.js';
export * from './settings.js';
