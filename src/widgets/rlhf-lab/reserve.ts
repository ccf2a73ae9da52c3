/**
 * Height reserved for the lab before it mounts; the lab's root has the same min-height, so the first step (the
 * ranking, where the lab always opens unless its URL says otherwise) mounts into exactly this space. That step is
 * tallest on a phone, where the five cards wrap their text and chips: measured in Chromium on chapter 3 at 13 widths
 * from 320 to 1,280 px in both languages, it was 1,774 px at 320 px (Chinese), 1,410 at 390, 1,008 at 480, 883 at 640
 * and 710 to 730 from 768 px up. Two straight lines in the viewport's width and a floor follow those figures with 8 to
 * 40 px to spare. The other two steps are taller on a wide screen (up to 1,300 px): the reader opens them, so the
 * lab grows at the reader's request, not by itself.
 */
export const RLHF_LAB_RESERVE = 'max(48rem, calc(1690px - 118vw), calc(3364px - 481vw))';
