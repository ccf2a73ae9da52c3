/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height, so nothing below it moves
 * when it mounts. What mounts first is the pretraining tab, whose samples scroll in a box of fixed height, so its
 * height depends on the width alone: measured in Chromium on the chapter, it was 829 px (English) and 824 px
 * (Chinese) at 320 px wide, 785 and 760 at 360, 746 and 724 at 390, and 667–669 from 600 px up. The reserve follows
 * that with 25–45 px to spare: 858 px at 320, 834 at 360, 816 at 390, and 44rem (704 px) from 577 px up.
 */
export const GPT_LAB_RESERVE = 'max(44rem, calc(1050px - 60vw))';
