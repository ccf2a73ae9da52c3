/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height, so nothing below it moves
 * when it mounts. The pretraining tab, which shows first, is tallest on a 320 px phone in English (buttons and
 * readouts wrap); measured in Chromium at 320, 390, 768 and 1280 px in both languages, with eight samples listed.
 */
export const GPT_LAB_RESERVE = '52rem';
