/**
 * The calculator kit's components and helpers, for `<Id>Calculator.svelte`: the frame (`Layout`),
 * the scenario bar, the inputs from their declarations, the steps, and the model's messages.
 * Not here, so that a page loads them only where used: `UnitChangeNote` (`Calculator` loads it
 * when a change of unit shows it), `LeverTable` and `ModelField` (import `./LeverTable.svelte`,
 * `./ModelField.svelte` directly; `Fields` loads its fields after the page, issue 20).
 */
export { default as Calculator } from './Calculator.svelte';
export { default as CalculatorBar } from './CalculatorBar.svelte';
export { default as CalculatorSteps } from './CalculatorSteps.svelte';
export { default as Callout } from './Callout.svelte';
export { default as FieldGroup } from './FieldGroup.svelte';
export { default as FieldGroups } from './FieldGroups.svelte';
export { default as Fields } from './Fields.svelte';
export { default as Figures } from './Figures.svelte';
export { default as Layout } from './Layout.svelte';
export { default as Notes } from './Notes.svelte';
export { default as Selects } from './Selects.svelte';
export { default as StepList } from './StepList.svelte';
export { default as StepsSection } from './StepsSection.svelte';
export { limitText, problemMessages, problemText, type ProblemMessages } from './problem';
export { stepKinds, stepValue, type StepKind, type StepKinds } from './steps';
export { labelOf, texts } from './texts';
export { movement, orNull } from './unit-note';
