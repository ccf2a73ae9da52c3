/** Height reserved for the lab before it mounts; the lab's root has the same min-height. (Measured: see the note below.) */
export const RLHF_LAB_RESERVE = '80rem';
