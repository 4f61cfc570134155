/** The label of every figure's table of values (NumbersToggle), which other text points the reader to. */
export const showTheNumbers = "Show the numbers";
