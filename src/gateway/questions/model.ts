/** The shapes of the questions the simulator writes. */
export type QuestionKind = 'status' | 'stage' | 'burst' | 'next-pass' | 'lambda-status' | 'body' | 'cors' | 'http' | 'websocket';
export const QUESTION_KINDS: readonly QuestionKind[] = ['status', 'stage', 'burst', 'next-pass', 'lambda-status', 'body', 'cors', 'http', 'websocket'];

/** The topic generated questions are filed under (a quiz can filter on it like a deck topic). */
export const SIM_TOPIC = 'Simulator';

export interface GeneratedChoice {
  text: string;
  correct: boolean;
}

export interface GeneratedQuestion {
  /** `sim:<kind>:<seed>`: enough to generate the same question again (`questionFromId`). */
  id: string;
  kind: QuestionKind;
  seed: number;
  topic: string;
  title: string;
  /** Markdown: the configuration, the request(s) and the question. */
  prompt: string;
  /** Exactly one is correct; texts are distinct. */
  choices: GeneratedChoice[];
  /** Markdown: the simulator's trace that decides the answer. */
  explanation: string;
  /** The scenario file (SCENARIOS.md schema) with the request(s) asked about, for "open in simulator". */
  scenarioJson: string;
  /** HTTP and WebSocket questions: the scenario the answer was computed from (their own format; scenarioJson is then ""). */
  engineJson?: string;
  sources: string[];
}
