export interface RuleDocText {
    fullDescription: {
        text: string;
        markdown: string;
    };
    help: {
        text: string;
        markdown: string;
    };
}
/** The doc's text for SARIF, or undefined when the doc cannot be read (a rule of another plugin). */
export declare function ruleDocText(id: string, url: string): RuleDocText | undefined;
