package org.triagegateway.rules;

import org.kie.api.KieBase;
import org.kie.internal.conf.ShareBetaNodesOption;
import org.kie.internal.utils.KieHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The compiled DRL files of one rules folder, with their parameters and benefit registry.
 * Built once at start; immutable and safe to share between threads.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final Parameters parameters;
    private final BenefitRegistry registry;
    private final LocalServices localServices;
    private final String version;

    private RuleBase(KieBase kieBase, Parameters parameters, BenefitRegistry registry, LocalServices localServices,
                     String version) {
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.registry = registry;
        this.localServices = localServices;
        this.version = version;
    }

    public static RuleBase load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleBaseException("Rules folder not found: " + folder.toAbsolutePath()
                    + " (set TRIAGE_RULES_PATH to the folder holding the .drl files and their folders)");
        }
        List<Path> drlFiles = drlFiles(folder);
        KieHelper helper = new KieHelper();
        for (Path drl : drlFiles) {
            try {
                // Named by the path inside the rules folder, so two folders may each hold, say, a common.drl.
                helper.addContent(Files.readString(drl, StandardCharsets.UTF_8), relativeName(folder, drl));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        KieBase kieBase;
        try {
            // Beta node sharing merged identical accumulates of different rules (the charge on income
            // and income tax both add up YearlyAmount) and one of them then missed updates: rules
            // must not influence each other through the network's layout.
            kieBase = helper.build(ShareBetaNodesOption.NO);
        } catch (RuntimeException e) {
            throw new RuleBaseException("The rule base in " + folder.toAbsolutePath() + " does not compile: " + e.getMessage(), e);
        }
        return new RuleBase(kieBase,
                Parameters.load(folder),
                BenefitRegistry.load(folder.resolve("benefits.yaml")),
                LocalServices.load(folder.resolve("services")),
                Fingerprint.of(folder, Stream.concat(drlFiles.stream(), Stream.of(folder.resolve("benefits.yaml"))).toList()));
    }

    /**
     * Every DRL file in the rules folder and the folders below it (a benefit whose rules outgrow one
     * file has a folder of its own, one file per topic of its regulations: see ADR 0004), in the
     * order of their paths inside the folder.
     */
    public static List<Path> drlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> relativeName(folder, f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's path inside the rules folder, with forward slashes: {@code universal_credit/award.drl}. */
    static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    KieBase kieBase() {
        return kieBase;
    }

    public Parameters parameters() {
        return parameters;
    }

    public LocalServices localServices() {
        return localServices;
    }

    public BenefitRegistry registry() {
        return registry;
    }

    /** SHA-256 (first 16 hex digits) of the DRL files and the benefit registry: stored with every assessment. */
    public String version() {
        return version;
    }
}
